package org.shcportal.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.keys.RidSecret;

/**
 * Keyed hashes (HMAC-SHA-256) for values that must be compared or counted but not stored: IP addresses, sign-in
 * codes, the identities and contacts rate limits count. The key is derived from the registry's rid secret, so every
 * replica computes the same hash and nobody without the secret can reverse a short value such as a 6-digit code.
 */
@ApplicationScoped
public class Pseudonyms {

    private static final String HMAC_SHA_256 = "HmacSHA256";

    @Inject
    RidSecret secret;

    /** One key per purpose, derived once: every audit event and sign-in request hashes something. */
    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

    /** The hex HMAC of {@code value} under the key for {@code purpose}: 64 characters. */
    public String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA_256);
            mac.init(keys.computeIfAbsent(purpose,
                    key -> new SecretKeySpec(secret.derivedKey(key), HMAC_SHA_256)));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + HMAC_SHA_256, e);
        }
    }
}
