package org.shcportal.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import java.util.Optional;

import org.conscrypt.Conscrypt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;

/**
 * The security provider that makes the ES256 signatures (RFC 7518): Conscrypt (BoringSSL) when its native library
 * loads here and signs with P-256, else the JDK's own. Chosen once, on first use.
 */
public final class EcdsaProvider {

    private EcdsaProvider() {
    }

    public static Provider get() {
        return Holder.PROVIDER;
    }

    /** The chosen provider's name, e.g. {@code Conscrypt} or {@code SunEC}. */
    public static String name() {
        return get().getName();
    }

    /** The provider the JDK picks for ECDSA with SHA-256. */
    static Provider jdk() {
        try {
            return Signature.getInstance("SHA256withECDSA").getProvider();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no ECDSA", e);
        }
    }

    /** Conscrypt, when its native library loads here and it signs a JWS with P-256 that the JDK verifies. */
    static Optional<Provider> conscrypt() {
        try {
            if (!Conscrypt.isAvailable()) {
                return Optional.empty();
            }
            Provider conscrypt = Conscrypt.newProvider();
            return signsP256(conscrypt) ? Optional.of(conscrypt) : Optional.empty();
        } catch (LinkageError | RuntimeException | JOSEException e) {
            return Optional.empty();
        }
    }

    private static boolean signsP256(Provider provider) throws JOSEException {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        ECDSASigner signer = new ECDSASigner(key.toECPrivateKey(provider));
        signer.getJCAContext().setProvider(provider);
        JWSHeader header = new JWSHeader(JWSAlgorithm.ES256);
        byte[] input = "ES256 check".getBytes(StandardCharsets.US_ASCII);
        Base64URL signature = signer.sign(header, input);
        return new ECDSAVerifier(key.toECPublicKey()).verify(header, input, signature);
    }

    private static final class Holder {

        static final Provider PROVIDER = conscrypt().orElseGet(EcdsaProvider::jdk);
    }
}
