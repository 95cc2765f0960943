package org.shcportal.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret behind revocation ids (SMART Health Cards specification, https://spec.smarthealth.cards/#revocation):
 * {@code rid = base64url(HMAC-SHA-256(key = secret ‖ kid, msg = person id)[first 64 bits])}, 11 characters, the same
 * for all cards of a person signed with one key. The file holds
 * the secret as a base64url string of at least 256 bits; the HMAC key is that string's UTF-8 bytes followed by the
 * kid's, as in the spec's reference implementation. The secret appears in no message and no {@code toString()}.
 */
public final class RidSecret {

    /** A 256-bit random secret, as the spec recommends. */
    private static final int SECRET_BYTES = 32;
    /** The first 64 bits of the HMAC, as the spec recommends. */
    private static final int RID_BYTES = 8;
    private static final String HMAC_SHA_256 = "HmacSHA256";
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    private final String secret;
    /** One initialised Mac per kid, never used itself: each rid is computed on a clone. */
    private final Map<String, Mac> macByKid = new ConcurrentHashMap<>();

    private RidSecret(String secret) {
        this.secret = secret;
    }

    public static RidSecret load(Path file) {
        String secret = SecretFile.read(file).strip();
        if (!BASE64URL.matcher(secret).matches()) {
            throw new KeyFileException(file, "the rid secret must be one base64url string (A-Z a-z 0-9 - _)");
        }
        int bytes = Base64.getUrlDecoder().decode(secret).length;
        if (bytes < SECRET_BYTES) {
            throw new KeyFileException(file, "the rid secret has " + bytes + " bytes; it needs at least "
                    + SECRET_BYTES + ", as the SMART Health Cards specification recommends");
        }
        return new RidSecret(secret);
    }

    /** For development: reads the file, first writing a new random secret to it (owner-only) when it is missing. */
    public static RidSecret loadOrCreate(Path file) {
        if (Files.notExists(file)) {
            byte[] random = new byte[SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            SecretFile.create(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return load(file);
    }

    /** The revocation id of a person's cards signed with the key {@code kid}. Safe to call from many threads. */
    public String rid(String kid, String personId) {
        Mac mac = copyOf(macByKid.computeIfAbsent(kid, this::mac));
        byte[] hmac = mac.doFinal(personId.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hmac, RID_BYTES));
    }

    /**
     * A key for another keyed hash of the portal (e.g. sign-in codes, IP addresses), derived from the secret for one
     * {@code purpose} so that every replica derives the same key and no two purposes share one.
     */
    public byte[] derivedKey(String purpose) {
        return mac("purpose:" + purpose).doFinal();
    }

    private Mac mac(String kid) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA_256);
            mac.init(new SecretKeySpec((secret + kid).getBytes(StandardCharsets.UTF_8), HMAC_SHA_256));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + HMAC_SHA_256, e);
        }
    }

    private static Mac copyOf(Mac mac) {
        try {
            return (Mac) mac.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(HMAC_SHA_256 + " of " + mac.getProvider().getName() + " cannot be cloned", e);
        }
    }

    @Override
    public String toString() {
        return "RidSecret[hidden]";
    }
}
