package org.shcportal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.Provider;
import java.security.Signature;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shcportal.fixtures.ShcExamples;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

class SigningKeyTest {

    private static final Path EXAMPLE_JWKS = ShcExamples.issuerJwks();

    @Test
    void kidsOfTheSpecExampleKeysAreTheirThumbprints() throws Exception {
        JWKSet examples = JWKSet.load(EXAMPLE_JWKS.toFile());

        assertThat(examples.getKeys()).hasSize(2);
        for (JWK key : examples.getKeys()) {
            assertThat(SigningKey.kidOf(key.toECKey())).isEqualTo(key.getKeyID());
        }
        assertThat(SigningKey.kidOf(examples.getKeys().get(0).toECKey()))
                .isEqualTo("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");
    }

    @Test
    void publishesThePublicPartWithKidUseAndAlg() {
        ECKey key = OperatorKeys.newP256();

        SigningKey signingKey = new SigningKey(key, true);

        ECKey published = signingKey.publicJwk();
        assertThat(published.isPrivate()).isFalse();
        assertThat(published.getKeyID()).isEqualTo(signingKey.kid()).hasSize(43);
        assertThat(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(published.getX()).isEqualTo(key.getX());
        assertThat(signingKey.toString()).contains(signingKey.kid()).doesNotContain(key.getD().toString());
    }

    @ParameterizedTest
    @MethodSource("providers")
    void signsWith64ByteSignaturesThatThePlainJdkVerifies(Provider provider) throws Exception {
        SigningKey key = new SigningKey(OperatorKeys.newP256(), true, provider);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.kid()).build(),
                new Payload("{\"iss\":\"https://example.org\"}"));

        jws.sign(key.signer());

        byte[] signature = jws.getSignature().decode();
        assertThat(signature).hasSize(64);
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initVerify(key.publicJwk().toECPublicKey());
        jdk.update(jws.getSigningInput());
        assertThat(jdk.verify(signature)).isTrue();
        assertThat(jws.verify(key.verifier())).isTrue();
    }

    @Test
    void theDefaultSignerUsesTheChosenProvider() throws Exception {
        SigningKey key = new SigningKey(OperatorKeys.newP256(), true);
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload("{}"));

        jws.sign(key.signer());

        assertThat(jws.getSignature().decode()).hasSize(64);
        assertThat(jws.verify(key.verifier())).isTrue();
    }

    /** The JDK's provider, and Conscrypt when it loads on this machine. */
    static Stream<Provider> providers() {
        return Stream.concat(Stream.of(EcdsaProvider.jdk()), EcdsaProvider.conscrypt().stream());
    }
}
