package org.shcportal.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;

class JwksTest {

    private final SigningKey revocable = new SigningKey(OperatorKeys.newP256(), true);
    private final SigningKey plain = new SigningKey(OperatorKeys.newP256(), false);

    @Test
    void publishesEachKeyWithTheSpecMembersAndNoPrivatePart() throws Exception {
        String json = Jwks.json(List.of(revocable, plain), Map.of());

        JsonNode key = new ObjectMapper().readTree(json).get("keys").get(0);
        assertThat(key.properties()).extracting(Map.Entry::getKey)
                .containsExactly("kty", "kid", "use", "alg", "crv", "x", "y");
        assertThat(key.get("kty").asText()).isEqualTo("EC");
        assertThat(key.get("use").asText()).isEqualTo("sig");
        assertThat(key.get("alg").asText()).isEqualTo("ES256");
        assertThat(key.get("crv").asText()).isEqualTo("P-256");
        assertThat(key.get("kid").asText()).isEqualTo(revocable.kid());
        assertThat(json).doesNotContain("\"d\"").doesNotContain(" ").doesNotContain("\n");
    }

    @Test
    void addsCrlVersionAsANumberToKeysWithARevocationList() throws Exception {
        String json = Jwks.json(List.of(revocable, plain), Map.of(revocable.kid(), 3));

        JsonNode keys = new ObjectMapper().readTree(json).get("keys");
        assertThat(keys.get(0).get("crlVersion").isInt()).isTrue();
        assertThat(keys.get(0).get("crlVersion").asInt()).isEqualTo(3);
        assertThat(keys.get(1).has("crlVersion")).isFalse();
        assertThat(json).contains("\"crlVersion\":3");
    }

    @Test
    void roundTripsThroughNimbus() throws Exception {
        JWKSet set = JWKSet.parse(Jwks.json(List.of(revocable, plain), Map.of(plain.kid(), 1)));

        assertThat(set.getKeys()).hasSize(2);
        assertThat(set.getKeyByKeyId(revocable.kid()).toECKey().getX()).isEqualTo(revocable.publicJwk().getX());
        assertThat(set.getKeyByKeyId(plain.kid()).isPrivate()).isFalse();
        assertThat(set.getKeyByKeyId(plain.kid()).computeThumbprint().toString()).isEqualTo(plain.kid());
    }

    @Test
    void refusesACrlVersionBelowOne() {
        assertThatThrownBy(() -> Jwks.json(List.of(revocable), Map.of(revocable.kid(), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts at 1");
    }
}
