package org.shcportal.staff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shcportal.keys.RidSecret;

/**
 * Authenticator secrets as the database keeps them: encrypted with AES-256 in GCM mode (NIST SP 800-38D), so that a
 * copy of the database, a backup or a log of its queries cannot make anyone's codes. The key is derived from the rid
 * secret the portal already loads, with HMAC-SHA-256 and a label used for nothing else
 * ({@link RidSecret#derivedKey}); the rid secret itself never keys AES. Each value has an IV of its own and the
 * account's id as associated data, so a sealed secret copied into another account's row does not open. A stored
 * value is {@value #PREFIX} followed by base64 of IV, ciphertext and tag; a value without the prefix is a base32
 * secret stored before encryption (base32 has no colon), and {@link TwoStepSecretSealing} seals it.
 */
@ApplicationScoped
public class TwoStepSecrets {

    /** Marks a sealed value and names its scheme, so that another one can follow. */
    static final String PREFIX = "v1:";
    /** The label of the key, for {@link RidSecret#derivedKey}. */
    static final String PURPOSE = "staff-totp-secret";
    /**
     * 96 bits, the IV length NIST SP 800-38D §5.2.1.1 recommends; random, as its §8.2.2 allows for up to 2^32 values
     * under one key (§8.3), far more than staff secrets will ever be sealed.
     */
    private static final int IV_BYTES = 12;
    /** The full 128-bit tag (NIST SP 800-38D §5.2.1.2). */
    private static final int TAG_BITS = 128;
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(TwoStepSecrets.class);

    @Inject
    RidSecret ridSecret;

    private SecretKeySpec key;

    @PostConstruct
    void deriveKey() {
        key = new SecretKeySpec(ridSecret.derivedKey(PURPOSE), "AES");
    }

    /** The base32 {@code secret} of account {@code accountId} as stored. */
    String seal(long accountId, String secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, accountId)
                    .doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + AES_GCM, e);
        }
    }

    /**
     * The base32 secret of a stored value of account {@code accountId}; empty when it does not open (the rid secret
     * was replaced, or the value was moved from another account): then no code matches, and an admin turns two-step
     * sign-in off so that its owner sets it up again.
     */
    Optional<String> open(long accountId, String stored) {
        if (!isSealed(stored)) {
            return Optional.of(stored);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length <= IV_BYTES) {
            return unopened(accountId);
        }
        try {
            byte[] secret = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), accountId)
                    .doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Optional.of(new String(secret, StandardCharsets.US_ASCII));
        } catch (AEADBadTagException e) {
            return unopened(accountId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + AES_GCM, e);
        }
    }

    private static Optional<String> unopened(long accountId) {
        LOG.errorf("The two-step secret of staff account %d does not open with the key derived from the rid secret:"
                + " was the rid secret replaced, or the value copied from another account?", accountId);
        return Optional.empty();
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private Cipher cipher(int mode, byte[] iv, long accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("staff_account " + accountId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
