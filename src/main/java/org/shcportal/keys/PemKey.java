package org.shcportal.keys;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.KeyAgreement;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;

/**
 * A private EC P-256 key in a PEM file (RFC 7468): PKCS#8 {@code PRIVATE KEY} (RFC 5208) or SEC1
 * {@code EC PRIVATE KEY} (RFC 5915), as written by OpenSSL or Java. An {@code EC PARAMETERS} block before it is
 * skipped. Only the JDK is used: the public point is computed from the private scalar, since PKCS#8 files written by
 * Java omit it.
 */
final class PemKey {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    /** RFC 5480 §2.1.1: id-ecPublicKey, 1.2.840.10045.2.1. */
    private static final byte[] EC_PUBLIC_KEY = { 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01 };
    /** RFC 5480 §2.1.1.1: secp256r1 (P-256), 1.2.840.10045.3.1.7. */
    private static final byte[] SECP256R1 = { 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x03, 0x01, 0x07 };
    private static final ECParameterSpec P256 = Curve.P_256.toECParameterSpec();
    private static final int SCALAR_BYTES = 32;

    private PemKey() {
    }

    static ECKey parse(Path file, String text) {
        BigInteger d;
        try {
            d = scalar(file, text);
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(file, "not parseable (" + e.getMessage() + ")");
        }
        if (d.signum() <= 0 || d.compareTo(P256.getOrder()) >= 0) {
            throw new KeyFileException(file, "not parseable: the private scalar is out of range for P-256");
        }
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) publicKey(publicPoint(d)))
                .privateKey((ECPrivateKey) privateKey(d))
                .build();
    }

    private static BigInteger scalar(Path file, String text) {
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            String label = block.group(1);
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            switch (label) {
                case "EC PARAMETERS" -> {
                    // OpenSSL's "ecparam -genkey" writes the curve before the key; the key names it again
                }
                case "PRIVATE KEY" -> {
                    return pkcs8(file, new Der(der));
                }
                case "EC PRIVATE KEY" -> {
                    return sec1(file, new Der(der), null);
                }
                case "PUBLIC KEY", "CERTIFICATE" -> throw new KeyFileException(file, "has no private part");
                default -> throw new KeyFileException(file, "holds a " + label + ", not an EC P-256 private key");
            }
        }
        throw new KeyFileException(file, "not parseable: no PEM PRIVATE KEY or EC PRIVATE KEY block");
    }

    /** RFC 5208 §5: PrivateKeyInfo ::= SEQUENCE { version, privateKeyAlgorithm, privateKey OCTET STRING, ... }. */
    private static BigInteger pkcs8(Path file, Der der) {
        Der info = der.sequence();
        info.integer();
        Der algorithm = info.sequence();
        if (!Arrays.equals(algorithm.objectIdentifier(), EC_PUBLIC_KEY)) {
            throw new KeyFileException(file, "not EC P-256 (not an EC key)");
        }
        byte[] curve = algorithm.objectIdentifier();
        return sec1(file, new Der(info.octetString()), curve);
    }

    /** RFC 5915 §3: ECPrivateKey ::= SEQUENCE { version, privateKey OCTET STRING, [0] parameters, [1] publicKey }. */
    private static BigInteger sec1(Path file, Der der, byte[] outerCurve) {
        Der key = der.sequence();
        key.integer();
        byte[] scalar = key.octetString();
        Der parameters = key.tagged(0);
        byte[] curve = parameters != null ? parameters.objectIdentifier() : outerCurve;
        if (curve == null) {
            throw new KeyFileException(file, "not parseable: the key does not name its curve");
        }
        if (!Arrays.equals(curve, SECP256R1) || scalar.length > SCALAR_BYTES) {
            throw new KeyFileException(file, "not EC P-256 (another curve)");
        }
        return new BigInteger(1, scalar);
    }

    /**
     * Q = d·G through the JDK: ECDH of d with G gives Q's x; y is the square root of x³ + ax + b (P-256's p ≡ 3 mod
     * 4), and a signature tells which of y and p − y it is.
     */
    private static ECPoint publicPoint(BigInteger d) {
        try {
            KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
            ecdh.init(privateKey(d));
            ecdh.doPhase(publicKey(P256.getGenerator()), true);
            BigInteger x = new BigInteger(1, ecdh.generateSecret());
            BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
            BigInteger ySquared = x.pow(3).add(P256.getCurve().getA().multiply(x)).add(P256.getCurve().getB()).mod(p);
            BigInteger y = ySquared.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
            ECPoint candidate = new ECPoint(x, y);
            return signs(d, candidate) ? candidate : new ECPoint(x, p.subtract(y));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot compute a P-256 public key", e);
        }
    }

    private static boolean signs(BigInteger d, ECPoint q) throws GeneralSecurityException {
        byte[] message = "public point check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey(d));
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey(q));
        verifier.update(message);
        return verifier.verify(signature);
    }

    private static PrivateKey privateKey(BigInteger d) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(d, P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256 support", e);
        }
    }

    private static PublicKey publicKey(ECPoint q) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(q, P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256 support", e);
        }
    }
}
