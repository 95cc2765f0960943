package org.shcportal.healthlinks;

/** A file of a link as served: its content type and the JWE compact string. */
record EncryptedFile(String contentType, String jwe) {
}
