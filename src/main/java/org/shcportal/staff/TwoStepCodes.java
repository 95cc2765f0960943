package org.shcportal.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time codes of an authenticator app (RFC 6238 with its defaults: HMAC-SHA1, 30-second steps, six
 * digits — what Google Authenticator and the others read from an {@code otpauth://} link).
 */
public final class TwoStepCodes {

    /** RFC 4226 §4 asks for a shared secret of at least 128 bits and recommends 160. */
    private static final int SECRET_BYTES = 20;
    private static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TwoStepCodes() {
    }

    /** A new secret, base32 as authenticator apps take it. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The {@code otpauth://} link an authenticator app reads from a QR code. */
    public static String link(String issuer, String username, String secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer);
    }

    /**
     * The time step (RFC 6238 §4: whole 30-second steps since 1970) whose code {@code code} is, among the step of
     * {@code now} and the one before or after (RFC 6238 §5.2 allows one step of clock drift); empty when none.
     */
    public static OptionalLong stepOf(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (digits.equals(codeAt(secret, Instant.ofEpochSecond(step * STEP.toSeconds())))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The secret's six-digit code at {@code time}. */
    public static String codeAt(String secret, Instant time) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
            SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
            return generator.generateOneTimePasswordString(key, time, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A two-step secret is not a valid HMAC key", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
