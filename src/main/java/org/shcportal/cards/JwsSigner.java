package org.shcportal.cards;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

import org.shcportal.keys.SigningKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;

/**
 * Claims → raw DEFLATE → ES256 compact JWS (SMART Health Cards specification, "Health Cards are Compact",
 * https://spec.smarthealth.cards/#health-cards-are-compact): header {@code alg ES256}, {@code zip DEF}, {@code kid};
 * a 64-byte r‖s signature (nimbus transcodes the provider's DER).
 */
final class JwsSigner {

    /** An ES256 signature is 64 bytes (R and S, RFC 7518 §3.4), 86 base64url characters. */
    static final int SIGNATURE_CHARS = 86;
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal
            .withInitial(() -> new Deflater(Deflater.BEST_COMPRESSION, true));

    private final SigningKey key;
    private final JWSHeader header;
    private final int headerChars;

    JwsSigner(SigningKey key) {
        this.key = key;
        this.header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .customParam(DeflatedPayload.ZIP, DeflatedPayload.DEFLATE).keyID(key.kid()).build();
        this.headerChars = header.toBase64URL().toString().length();
    }

    String sign(byte[] claimsJson) {
        JWSObject jws = new JWSObject(header, new Payload(deflate(claimsJson)));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new CardIssuanceException(CardIssuanceException.Code.SIGNING_FAILED,
                    "signing with key " + key.kid() + " failed", e);
        }
        return jws.serialize();
    }

    /** The length the JWS of these claims will have, without signing them. */
    int length(byte[] claimsJson) {
        int deflated = deflate(claimsJson).length;
        int payloadChars = (deflated * 4 + 2) / 3;
        return headerChars + 1 + payloadChars + 1 + SIGNATURE_CHARS;
    }

    String kid() {
        return key.kid();
    }

    /** Raw DEFLATE, RFC 1951, without the zlib header, as the spec asks ("Health Cards are Compact"). */
    static byte[] deflate(byte[] data) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        byte[] buffer = new byte[Math.max(256, data.length)];
        while (!deflater.finished()) {
            int count = deflater.deflate(buffer);
            out.write(buffer, 0, count);
        }
        return out.toByteArray();
    }
}
