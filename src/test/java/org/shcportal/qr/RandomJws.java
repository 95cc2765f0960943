package org.shcportal.qr;

import java.util.Random;

/** JWS-like strings of a given length: base64url characters with two dots, from a seeded generator. */
final class RandomJws {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private RandomJws() {
    }

    static String of(int length, long seed) {
        Random random = new Random(seed);
        char[] jws = new char[length];
        for (int i = 0; i < length; i++) {
            jws[i] = BASE64URL.charAt(random.nextInt(BASE64URL.length()));
        }
        jws[length / 5] = '.';
        jws[length - 87] = '.';
        return new String(jws);
    }
}
