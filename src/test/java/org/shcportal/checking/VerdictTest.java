package org.shcportal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shcportal.cards.CardVerifier;
import org.shcportal.fixtures.ShcExamples;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/** Every reason {@code CardVerifier} gives is a verdict the page can explain, on the spec's example cards. */
class VerdictTest {

    private static final Instant AFTER_ISSUANCE = Instant.ofEpochSecond(1_687_450_800L);
    private static final Instant BEFORE_ISSUANCE = Instant.ofEpochSecond(1_687_000_000L);
    private static final Instant AFTER_EXPIRY = Instant.ofEpochSecond(1_720_000_000L);

    @Test
    void eachRejectionOfTheVerifierHasItsVerdict() {
        CardVerifier verifier = new CardVerifier(ShcExamples.ISS, VerdictTest::exampleKey,
                (kid, rid) -> List.of("vwAjHdarZuc"));
        String valid = jws("00");
        String revoked = jws("03");
        String changed = valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(verdict(verifier, valid, AFTER_ISSUANCE)).isEqualTo(Verdict.VALID);
        assertThat(verdict(verifier, revoked, AFTER_ISSUANCE)).isEqualTo(Verdict.REVOKED);
        assertThat(verdict(verifier, revoked, AFTER_EXPIRY)).isEqualTo(Verdict.EXPIRED);
        assertThat(verdict(verifier, valid, BEFORE_ISSUANCE)).isEqualTo(Verdict.NOT_YET_VALID);
        assertThat(verdict(verifier, changed, AFTER_ISSUANCE)).isEqualTo(Verdict.SIGNATURE_INVALID);
        assertThat(verdict(new CardVerifier(ShcExamples.ISS, kid -> Optional.empty(), (kid, rid) -> List.of()), valid,
                AFTER_ISSUANCE)).isEqualTo(Verdict.UNKNOWN_KEY);
        assertThat(verdict(verifier, "not a card", AFTER_ISSUANCE)).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void onlyCardsWhoseSignatureHoldsAreShownAsVerified() {
        assertThat(List.of(Verdict.values())).filteredOn(Verdict::signatureHolds)
                .containsExactly(Verdict.VALID, Verdict.REVOKED, Verdict.EXPIRED, Verdict.NOT_YET_VALID);
    }

    private static Verdict verdict(CardVerifier verifier, String jws, Instant now) {
        CardVerifier.Verification verification = verifier.verify(jws, now);
        return verification.valid() ? Verdict.VALID : Verdict.ofRejection(verification.reason());
    }

    private static String jws(String example) {
        return ShcExamples.read("example-" + example + "-d-jws.txt").strip();
    }

    private static Optional<JWSVerifier> exampleKey(String kid) {
        try {
            JWK key = JWKSet.parse(ShcExamples.read("issuer/.well-known/jwks.json")).getKeyByKeyId(kid);
            return key == null ? Optional.empty() : Optional.of(new ECDSAVerifier((ECKey) key));
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
