package org.shcportal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;

/** Cards opened without their signature being checked: what they say, and no more than a card can hold. */
class CardPayloadTest {

    @Test
    void theSpecsExampleOpensWithItsKidAndClaims() {
        CardPayload card = CardPayload.open(ShcExamples.read("example-00-d-jws.txt")).orElseThrow();

        assertThat(card.kid()).isEqualTo("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");
        assertThat(card.claims()).hasValueSatisfying(
                claims -> assertThat(claims.path("iss").asText()).isEqualTo(ShcExamples.ISS));
        CardFacts facts = CardFacts.of(card.claims().get()).orElseThrow();
        assertThat(facts.name()).isEqualTo("John B. Anyperson");
        assertThat(facts.birthDate()).isEqualTo("1951-01-20");
        assertThat(facts.doses()).hasSize(3).first().isEqualTo(
                new CardFacts.Dose("http://hl7.org/fhir/sid/cvx", "207", "2021-01-01", "0000001",
                        "ABC General Hospital"));
        assertThat(facts.issued()).isPresent();
        assertThat(facts.expires()).isEmpty();
    }

    @Test
    void aPayloadThatInflatesBeyondTheLimitIsNotRead() throws Exception {
        byte[] bomb = deflate(new byte[CardPayload.MAX_CLAIMS_BYTES * 4]);
        String jws = compact(new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("zip", "DEF").keyID("k").build(),
                bomb);

        CardPayload card = CardPayload.open(jws).orElseThrow();

        assertThat(bomb.length).isLessThan(10_000);
        assertThat(card.claims()).isEmpty();
    }

    @Test
    void textThatIsNoJwsDoesNotOpen() {
        assertThat(CardPayload.open("not.a.card")).isEmpty();
        assertThat(CardPayload.open("hello")).isEmpty();
    }

    /** A compact JWS with any signature: opening a card does not check it. */
    private static String compact(JWSHeader header, byte[] payload) {
        return header.toBase64URL() + "." + Base64URL.encode(payload) + ".c2lnbmF0dXJl";
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
