package org.shcportal.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

class KeyRingTest {

    @TempDir
    Path directory;

    @Test
    void theOnlyKeyIsTheActiveOne() {
        ECKey key = OperatorKeys.newP256();
        OperatorKeys.writeJwk(directory, "issuer.jwk", key);

        KeyRing ring = KeyRing.load(directory);

        assertThat(ring.all()).hasSize(1);
        assertThat(ring.active().kid()).isEqualTo(SigningKey.kidOf(key)).hasSize(43);
        assertThat(ring.active().active()).isTrue();
        assertThat(ring.byKid(SigningKey.kidOf(key))).contains(ring.active());
        assertThat(ring.byKid("unknown")).isEmpty();
    }

    @Test
    void readsJwkAndBothPemFormsAndSignsWithTheKeyNamedInActiveKid() throws Exception {
        ECKey jwk = OperatorKeys.newP256();
        ECKey pkcs8 = OperatorKeys.newP256();
        ECKey sec1 = OperatorKeys.newP256();
        OperatorKeys.writeJwk(directory, "a.json", jwk);
        OperatorKeys.writePkcs8(directory, "b.pem", pkcs8);
        OperatorKeys.writeSec1(directory, "c.pem", sec1);
        Files.writeString(directory.resolve("active-kid"), SigningKey.kidOf(pkcs8) + "\n");

        KeyRing ring = KeyRing.load(directory);

        assertThat(ring.all()).extracting(SigningKey::kid)
                .containsExactly(SigningKey.kidOf(jwk), SigningKey.kidOf(pkcs8), SigningKey.kidOf(sec1));
        assertThat(ring.all()).filteredOn(SigningKey::active).containsExactly(ring.active());
        assertThat(ring.active().kid()).isEqualTo(SigningKey.kidOf(pkcs8));
        assertThat(ring.active().publicJwk().getX()).isEqualTo(pkcs8.getX());
        assertThat(ring.active().publicJwk().getY()).isEqualTo(pkcs8.getY());
        assertThat(ring.byKid(SigningKey.kidOf(sec1)).orElseThrow().publicJwk().getY()).isEqualTo(sec1.getY());
    }

    @Test
    void ignoresOtherFiles() throws Exception {
        OperatorKeys.writeJwk(directory, "issuer.jwk", OperatorKeys.newP256());
        Files.writeString(directory.resolve("README.txt"), "keys of the portal");

        assertThat(KeyRing.load(directory).all()).hasSize(1);
    }

    @Test
    void rejectsAP384Key() {
        OperatorKeys.writeJwk(directory, "p384.jwk", OperatorKeys.generate(Curve.P_384));

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("p384.jwk").hasMessageContaining("not EC P-256");
    }

    @Test
    void rejectsAP384KeyInPem() {
        OperatorKeys.writePkcs8(directory, "p384.pem", OperatorKeys.generate(Curve.P_384));

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("p384.pem").hasMessageContaining("not EC P-256");
    }

    @Test
    void rejectsAnRsaKey() throws Exception {
        OperatorKeys.writeJwk(directory, "rsa.jwk", new RSAKeyGenerator(2048).generate());

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("rsa.jwk").hasMessageContaining("not EC P-256 (kty RSA)");
    }

    @Test
    void rejectsAPublicOnlyKey() {
        OperatorKeys.writeJwk(directory, "public.jwk", OperatorKeys.newP256().toPublicJWK());

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("public.jwk").hasMessageContaining("no private part");
    }

    @Test
    void rejectsGarbage() {
        OperatorKeys.write(directory.resolve("garbage.jwk"), "{\"kty\": nonsense");
        OperatorKeys.write(directory.resolve("garbage.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("garbage.jwk").hasMessageContaining("not parseable");
        OperatorKeys.write(directory.resolve("garbage.jwk"), OperatorKeys.newP256().toJSONString());
        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("garbage.pem").hasMessageContaining("not parseable");
    }

    @Test
    void rejectsAKeyFileThatGroupOrOthersCanRead() {
        Path file = OperatorKeys.writeJwk(directory, "shared.jwk", OperatorKeys.newP256());
        OperatorKeys.chmod(file, "rw-r-----");

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("shared.jwk").hasMessageContaining("rw-r-----").hasMessageContaining("owner only");
    }

    @Test
    void rejectsAnActiveKidThatNamesNoKey() throws Exception {
        OperatorKeys.writeJwk(directory, "issuer.jwk", OperatorKeys.newP256());
        Files.writeString(directory.resolve("active-kid"), "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("active-kid").hasMessageContaining("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");
    }

    @Test
    void needsActiveKidWhenThereAreSeveralKeys() {
        OperatorKeys.writeJwk(directory, "one.jwk", OperatorKeys.newP256());
        OperatorKeys.writeJwk(directory, "two.jwk", OperatorKeys.newP256());

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("active-kid").hasMessageContaining("2 keys");
    }

    @Test
    void rejectsTheSameKeyInTwoFiles() {
        ECKey key = OperatorKeys.newP256();
        OperatorKeys.writeJwk(directory, "one.jwk", key);
        OperatorKeys.writePkcs8(directory, "two.pem", key);

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("two.pem").hasMessageContaining("same key as one.jwk");
    }

    @Test
    void rejectsAKidThatIsNotTheThumbprint() {
        ECKey key = new ECKey.Builder(OperatorKeys.newP256()).keyID("my-key").build();
        OperatorKeys.writeJwk(directory, "named.jwk", key);

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("named.jwk").hasMessageContaining("not the key's RFC 7638 thumbprint");
    }

    @Test
    void rejectsAnEmptyDirectory() {
        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessage("no signing key in " + directory);
        assertThatThrownBy(() -> KeyRing.load(directory.resolve("missing"))).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("no signing key in");
    }

    @Test
    void messagesCarryNoKeyMaterial() {
        ECKey key = OperatorKeys.newP256();
        String json = key.toJSONString();
        OperatorKeys.write(directory.resolve("truncated.jwk"), json.substring(0, json.length() - 2));

        assertThatThrownBy(() -> KeyRing.load(directory)).hasMessageContaining("truncated.jwk")
                .message().doesNotContain(key.getD().toString());
    }
}
