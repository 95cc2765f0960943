package org.shcportal.keys;

import java.security.Provider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;

/**
 * One EC P-256 key of the issuer (SMART Health Cards specification, "Determining keys associated with an issuer"):
 * its kid, its public JWK for the JWKS, and an ES256 signer that makes 64-byte r‖s signatures (RFC 7518 §3.4).
 * Signer and verifier are built once and are safe to share between threads.
 */
public final class SigningKey {

    private final String kid;
    private final ECKey publicJwk;
    private final JWSSigner signer;
    private final JWSVerifier verifier;
    private final boolean active;

    SigningKey(ECKey privateJwk, boolean active) {
        this(privateJwk, active, EcdsaProvider.get());
    }

    SigningKey(ECKey privateJwk, boolean active, Provider provider) {
        this.kid = kidOf(privateJwk);
        this.publicJwk = new ECKey.Builder(Curve.P_256, privateJwk.getX(), privateJwk.getY())
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .build();
        this.active = active;
        try {
            ECDSASigner ecdsa = new ECDSASigner(privateJwk.toECPrivateKey(provider));
            ecdsa.getJCAContext().setProvider(provider);
            this.signer = ecdsa;
            ECDSAVerifier ecdsaVerifier = new ECDSAVerifier(publicJwk.toECPublicKey(provider));
            ecdsaVerifier.getJCAContext().setProvider(provider);
            this.verifier = ecdsaVerifier;
        } catch (JOSEException e) {
            throw new IllegalStateException("no ES256 signer for key " + kid + " with " + provider.getName(), e);
        }
    }

    /** The kid the spec asks for: the base64url SHA-256 JWK thumbprint (RFC 7638), 43 characters. */
    static String kidOf(ECKey key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("no SHA-256 for the JWK thumbprint", e);
        }
    }

    public String kid() {
        return kid;
    }

    /** The public key as published: {@code kty}, {@code kid}, {@code use=sig}, {@code alg=ES256}, {@code crv}, x, y. */
    public ECKey publicJwk() {
        return publicJwk;
    }

    public JWSSigner signer() {
        return signer;
    }

    public JWSVerifier verifier() {
        return verifier;
    }

    /** Whether this key signs new cards; the others are only published, for the cards they signed. */
    public boolean active() {
        return active;
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + (active ? ", active]" : "]");
    }
}
