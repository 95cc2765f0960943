package org.shcportal.healthlinks;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;

/**
 * A link's files as the spec has them (SHL, "Encrypting and Decrypting Files"): JWE compact serialization, {@code alg}
 * {@code dir}, {@code enc} {@code A256GCM}, {@code cty} the file's content type, under the link's 32-byte key. Nimbus
 * draws a fresh 96-bit IV for every encryption, as the spec demands of a key used for many files.
 */
final class LinkEncryption {

    private LinkEncryption() {
    }

    static String encrypt(byte[] key, String contentType, byte[] plaintext) {
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM).contentType(contentType)
                .build();
        JWEObject jwe = new JWEObject(header, new Payload(plaintext));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        }
        return jwe.serialize();
    }

    /** The file inside a JWE, for the spec's test vector and our own checks. */
    static Decrypted decrypt(byte[] key, String compact) throws ParseException, JOSEException {
        JWEObject jwe = JWEObject.parse(compact);
        jwe.decrypt(new DirectDecrypter(key));
        return new Decrypted(jwe.getHeader().getContentType(),
                new String(jwe.getPayload().toBytes(), StandardCharsets.UTF_8));
    }

    /** A decrypted file: its {@code cty} and its text. */
    record Decrypted(String contentType, String text) {
    }
}
