package org.shcportal.feed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The passwords that passed a bcrypt check, remembered in memory as an HMAC under a key made at start and never
 * stored, so that a sender's next messages are checked in microseconds instead of a quarter of a second each. An entry
 * holds for the bcrypt hash it was checked against: a new password (a new hash) needs bcrypt again. Only senders that
 * signed in have an entry, one each.
 */
@ApplicationScoped
class VerifiedPasswords {

    private static final String HMAC_SHA_256 = "HmacSHA256";
    /** 256 bits, the HMAC-SHA-256 output length (RFC 2104 section 3: a key of at least that length). */
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key = newKey();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String passwordHash, byte[] mac) {
    }

    /** Whether {@code password} passed bcrypt against {@code passwordHash} for this sender before. */
    boolean knows(String username, String passwordHash, String password) {
        Verified entry = verified.get(username);
        return entry != null && entry.passwordHash().equals(passwordHash)
                && MessageDigest.isEqual(entry.mac(), mac(password));
    }

    /** Remembers that {@code password} passed bcrypt against {@code passwordHash}. */
    void remember(String username, String passwordHash, String password) {
        verified.put(username, new Verified(passwordHash, mac(password)));
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA_256);
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + HMAC_SHA_256, e);
        }
    }

    private static SecretKeySpec newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, HMAC_SHA_256);
    }
}
