package org.shcportal.healthlinks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.keys.RidSecret;

/**
 * Links' content keys: made fresh for each link, and kept in the database sealed with AES-256 in GCM mode (NIST SP
 * 800-38D) under a key derived from the rid secret for this purpose only ({@link RidSecret#derivedKey}), with the
 * link's manifest id as associated data, so that a copy of the database or a backup opens no link's files and a
 * sealed key moved to another link does not open. A stored value is {@value #PREFIX} and base64 of IV, ciphertext and
 * tag. Keys appear in no log and no {@code toString()}.
 */
@ApplicationScoped
public class LinkKeys {

    /** Marks a sealed value and names its scheme, so that another one can follow. */
    static final String PREFIX = "v1:";
    /** The label of the sealing key, for {@link RidSecret#derivedKey}. */
    static final String PURPOSE = "health-link-key";
    /** "key: 32 bytes of randomness" (SHL, "Construct a SMART Health Link Payload"): an AES-256 key. */
    static final int KEY_BYTES = 32;
    /** 96 bits, the IV length NIST SP 800-38D §5.2.1.1 recommends; random, as its §8.2.2 allows. */
    private static final int IV_BYTES = 12;
    /** The full 128-bit tag (NIST SP 800-38D §5.2.1.2). */
    private static final int TAG_BITS = 128;
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RidSecret ridSecret;

    private SecretKeySpec sealingKey;

    @PostConstruct
    void deriveKey() {
        sealingKey = new SecretKeySpec(ridSecret.derivedKey(PURPOSE), "AES");
    }

    /** A new random content key. */
    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    String seal(String manifestId, byte[] key) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, manifestId).doFinal(key);
            return PREFIX + Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + AES_GCM, e);
        }
    }

    /**
     * The content key of a link.
     *
     * @throws IllegalStateException when it does not open: the rid secret was replaced or the row was tampered with
     */
    byte[] open(HealthLink link) {
        if (!link.sealedKey.startsWith(PREFIX)) {
            throw new IllegalStateException("The key of health link " + link.id + " is not sealed with a known scheme");
        }
        byte[] bytes = Base64.getDecoder().decode(link.sealedKey.substring(PREFIX.length()));
        try {
            return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), link.manifestId).doFinal(bytes,
                    IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key of health link " + link.id
                    + " does not open with the key derived from the rid secret: was the rid secret replaced?", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String manifestId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(mode, sealingKey, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("health_link " + manifestId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
