package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/** Our verifier against the spec's example cards and their issuer's keys and revocation list. */
class CardVerifierTest {

    private static final Instant AFTER_ISSUANCE = Instant.ofEpochSecond(1_687_450_800L);

    @Test
    void acceptsEveryExampleCard() {
        CardVerifier verifier = new CardVerifier(ShcExamples.ISS, CardVerifierTest::exampleKey, (kid, rid) -> List.of());
        for (String example : List.of("00", "01", "02")) {
            CardVerifier.Verification result = verifier.verify(jws(example), AFTER_ISSUANCE);
            assertThat(result.valid()).as("example %s: %s", example, result.reason()).isTrue();
            assertThat(result.claims().path("vc").path("credentialSubject").path("fhirVersion").asText())
                    .isEqualTo("4.0.1");
        }
    }

    @Test
    void rejectsATamperedCard() {
        String jws = jws("00");
        int middle = jws.indexOf('.') + 20;
        String tampered = jws.substring(0, middle) + (jws.charAt(middle) == 'A' ? 'B' : 'A') + jws.substring(middle + 1);
        CardVerifier verifier = new CardVerifier(ShcExamples.ISS, CardVerifierTest::exampleKey, (kid, rid) -> List.of());
        assertThat(verifier.verify(tampered, AFTER_ISSUANCE).valid()).isFalse();
    }

    @Test
    void rejectsACardOfAnotherIssuerOrAnUnknownKey() {
        assertThat(new CardVerifier("https://other.example", CardVerifierTest::exampleKey, (kid, rid) -> List.of())
                .verify(jws("00"), AFTER_ISSUANCE).reason()).isEqualTo("issued by someone else");
        assertThat(new CardVerifier(ShcExamples.ISS, kid -> Optional.empty(), (kid, rid) -> List.of())
                .verify(jws("00"), AFTER_ISSUANCE).reason()).isEqualTo("signed with a key that is not ours");
    }

    @Test
    void rejectsTheExpiredExample() {
        CardVerifier verifier = new CardVerifier(ShcExamples.ISS, CardVerifierTest::exampleKey, (kid, rid) -> List.of());
        assertThat(verifier.verify(jws("03"), Instant.parse("2025-01-01T00:00:00Z")).reason()).isEqualTo("expired");
    }

    @Test
    void rejectsTheRevokedExampleWithItsRevocationList() {
        List<String> crl = crlEntries();
        CardVerifier verifier = new CardVerifier(ShcExamples.ISS, CardVerifierTest::exampleKey, (kid, rid) -> crl);
        assertThat(verifier.verify(jws("03"), AFTER_ISSUANCE).reason()).isEqualTo("revoked");
        assertThat(verifier.verify(jws("00"), AFTER_ISSUANCE).valid()).isTrue();
    }

    @Test
    void aTimestampedEntryRevokesOnlyCardsIssuedBeforeIt() {
        assertThat(CardVerifier.revoked("abc", 99, List.of("abc.100"))).isTrue();
        assertThat(CardVerifier.revoked("abc", 100, List.of("abc.100"))).isFalse();
        assertThat(CardVerifier.revoked("abc", 5_000, List.of("abc"))).isTrue();
        assertThat(CardVerifier.revoked("abd", 5, List.of("abc", "abc.100"))).isFalse();
    }

    @Test
    void rejectsWhatIsNotAJws() {
        CardVerifier verifier = new CardVerifier(ShcExamples.ISS, CardVerifierTest::exampleKey, (kid, rid) -> List.of());
        assertThat(verifier.verify("not a card", AFTER_ISSUANCE).reason()).isEqualTo("not a compact JWS");
    }

    private static List<String> crlEntries() {
        String crl = ShcExamples.read("issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json");
        try {
            List<String> rids = new ArrayList<>();
            new ObjectMapper().readTree(crl).path("rids").forEach(rid -> rids.add(rid.asText()));
            return rids;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String jws(String example) {
        return ShcExamples.read("example-" + example + "-d-jws.txt").strip();
    }

    static Optional<JWSVerifier> exampleKey(String kid) {
        try {
            JWK key = JWKSet.parse(ShcExamples.read("issuer/.well-known/jwks.json")).getKeyByKeyId(kid);
            return key == null ? Optional.empty() : Optional.of(new ECDSAVerifier((ECKey) key));
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
