package org.shcportal.healthlinks;

/** A file a link shares, before encryption: its content type (the manifest's {@code contentType}) and its bytes. */
record SharedFile(String contentType, byte[] content) {
}
