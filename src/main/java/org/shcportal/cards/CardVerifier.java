package org.shcportal.cards;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.zip.DataFormatException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;

/**
 * Checks a card the way a verifier must (SMART Health Cards specification, https://spec.smarthealth.cards/): header
 * ({@code ES256}, {@code zip DEF}, a {@code kid} of ours), signature, raw-DEFLATE payload, {@code iss}, {@code nbf},
 * {@code exp}, and the key's revocation list, including {@code rid.<timestamp>} entries ("Revocation").
 */
public final class CardVerifier {

    /** A payload whose signature holds is one the issuer made: it inflates without a limit. */
    private static final int SIGNED_PAYLOAD_BYTES = Integer.MAX_VALUE;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String iss;
    private final Function<String, Optional<JWSVerifier>> verifiers;
    private final BiFunction<String, String, List<String>> revocations;

    /**
     * @param verifiers the verifier of a kid, empty when the kid is not one of the issuer's keys
     * @param revocations the CRL entries ({@code rid} or {@code rid.<seconds>}) of a kid that name a rid: only those
     *        of the card's rid are needed, however long the list has grown
     */
    public CardVerifier(String iss, Function<String, Optional<JWSVerifier>> verifiers,
            BiFunction<String, String, List<String>> revocations) {
        this.iss = iss;
        this.verifiers = verifiers;
        this.revocations = revocations;
    }

    public Verification verify(String jws, Instant now) {
        try {
            return check(JWSObject.parse(jws), now);
        } catch (ParseException e) {
            return Verification.invalid("not a compact JWS");
        }
    }

    private Verification check(JWSObject jws, Instant now) {
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                || !DeflatedPayload.isDeflated(jws.getHeader())) {
            return Verification.invalid("header must say alg ES256 and zip DEF");
        }
        String kid = jws.getHeader().getKeyID();
        Optional<JWSVerifier> verifier = kid == null ? Optional.empty() : verifiers.apply(kid);
        if (verifier.isEmpty()) {
            return Verification.invalid("signed with a key that is not ours");
        }
        if (!signatureHolds(jws, verifier.get())) {
            return Verification.invalid("signature does not match");
        }
        JsonNode claims;
        try {
            claims = MAPPER.readTree(DeflatedPayload.inflate(jws.getPayload().toBytes(), SIGNED_PAYLOAD_BYTES));
        } catch (DataFormatException | java.io.IOException e) {
            return Verification.invalid("payload is not raw-DEFLATE JSON");
        }
        return checkClaims(claims, kid, now);
    }

    private Verification checkClaims(JsonNode claims, String kid, Instant now) {
        if (!iss.equals(claims.path("iss").asText())) {
            return Verification.invalid("issued by someone else");
        }
        long nbf = claims.path("nbf").asLong(Long.MAX_VALUE);
        if (nbf > now.getEpochSecond()) {
            return Verification.invalid("not valid yet");
        }
        if (claims.has("exp") && claims.path("exp").asDouble() < now.getEpochSecond()) {
            return Verification.invalid("expired");
        }
        String rid = claims.path("vc").path("rid").asText(null);
        if (rid != null && revoked(rid, nbf, revocations.apply(kid, rid))) {
            return Verification.invalid("revoked");
        }
        return new Verification(true, "valid", claims);
    }

    /** {@code rid} revokes every card with that rid; {@code rid.<t>} those issued before second t. */
    static boolean revoked(String rid, long nbf, List<String> entries) {
        for (String entry : entries) {
            int dot = entry.indexOf('.');
            String entryRid = dot < 0 ? entry : entry.substring(0, dot);
            if (entryRid.equals(rid) && (dot < 0 || nbf < Long.parseLong(entry.substring(dot + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean signatureHolds(JWSObject jws, JWSVerifier verifier) {
        try {
            return jws.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * The verdict: {@code valid}, a short reason a person can be told, and the claims when the card is valid.
     */
    public record Verification(boolean valid, String reason, JsonNode claims) {

        static Verification invalid(String reason) {
            return new Verification(false, reason, null);
        }
    }
}
