package org.shcportal.sessions;

import java.security.SecureRandom;
import java.util.Base64;

import org.shcportal.keys.Sha256;

/** Random tokens for cookies, and the SHA-256 under which the database knows them. */
public final class Tokens {

    /** 256 bits: unguessable. */
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** A 6-digit one-time code, leading zeros included. */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
