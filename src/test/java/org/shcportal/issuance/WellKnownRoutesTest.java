package org.shcportal.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.crl.Revocations;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class WellKnownRoutesTest {

    @Inject
    KeyRing keys;

    @Inject
    RidSecret ridSecret;

    @Inject
    Revocations revocations;

    @Test
    void publishesThePublicKeysForEveryOrigin() throws Exception {
        String body = given().header("Origin", "https://verifier.example").when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=300")
                .contentType("application/json")
                .extract().asString();
        JWKSet set = JWKSet.parse(body);
        assertThat(set.getKeys()).hasSize(keys.all().size());
        for (JWK key : set.getKeys()) {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
            assertThat(key.getAlgorithm().getName()).isEqualTo("ES256");
            assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
        }
        assertThat(body).doesNotContain("\"d\"");
        assertThat(JsonPath.from(body).getInt("keys[0].crlVersion")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRevocationAppearsInTheListAndRaisesItsVersionEverywhere() {
        String kid = keys.active().kid();
        int before = crlVersionInJwks();

        revocations.revokePerson("NM-000002", Optional.of(Instant.ofEpochSecond(1_800_000_000L)));

        JsonPath crl = given().when().get("/.well-known/crl/" + kid + ".json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("kid", is(kid)).body("method", is("rid"))
                .extract().jsonPath();
        assertThat(crl.getInt("ctr")).isEqualTo(before + 1).isEqualTo(crlVersionInJwks());
        List<String> rids = crl.getList("rids");
        assertThat(rids).contains(ridSecret.rid(kid, "NM-000002") + ".1800000000");
        assertThat(rids).doesNotHaveDuplicates();
    }

    @Test
    void revokingTheSameEntryTwiceChangesNothing() {
        String kid = keys.active().kid();
        revocations.revoke(kid, "AAAAAAAAAAA", null);
        int version = crlVersionInJwks();
        revocations.revoke(kid, "AAAAAAAAAAA", null);
        assertThat(crlVersionInJwks()).isEqualTo(version);
    }

    @Test
    void anUnknownKeyHasNoList() {
        given().when().get("/.well-known/crl/not-a-kid.json").then().statusCode(404);
    }

    private int crlVersionInJwks() {
        List<Map<String, Object>> published = given().when().get("/.well-known/jwks.json").then().extract()
                .jsonPath().getList("keys");
        return published.stream().filter(key -> keys.active().kid().equals(key.get("kid")))
                .map(key -> (Integer) key.get("crlVersion")).findFirst().orElseThrow();
    }
}
