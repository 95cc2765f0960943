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
        ECKey key = TestKeys.newP256();
        TestKeys.writeJwk(directory, "issuer.jwk", key);

        KeyRing ring = KeyRing.load(directory);

        assertThat(ring.all()).hasSize(1);
        assertThat(ring.active().kid()).isEqualTo(SigningKey.kidOf(key)).hasSize(43);
        assertThat(ring.active().active()).isTrue();
        assertThat(ring.byKid(SigningKey.kidOf(key))).contains(ring.active());
        assertThat(ring.byKid("unknown")).isEmpty();
    }

    @Test
    void readsJwkAndBothPemFormsAndSignsWithTheKeyNamedInActiveKid() throws Exception {
        ECKey jwk = TestKeys.newP256();
        ECKey pkcs8 = TestKeys.newP256();
        ECKey sec1 = TestKeys.newP256();
        TestKeys.writeJwk(directory, "a.json", jwk);
        TestKeys.writePkcs8(directory, "b.pem", pkcs8);
        TestKeys.writeSec1(directory, "c.pem", sec1);
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
        TestKeys.writeJwk(directory, "issuer.jwk", TestKeys.newP256());
        Files.writeString(directory.resolve("README.txt"), "keys of the portal");

        assertThat(KeyRing.load(directory).all()).hasSize(1);
    }

    @Test
    void rejectsAP384Key() {
        TestKeys.writeJwk(directory, "p384.jwk", TestKeys.generate(Curve.P_384));

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("p384.jwk").hasMessageContaining("not EC P-256");
    }

    @Test
    void rejectsAP384KeyInPem() {
        TestKeys.writePkcs8(directory, "p384.pem", TestKeys.generate(Curve.P_384));

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("p384.pem").hasMessageContaining("not EC P-256");
    }

    @Test
    void rejectsAnRsaKey() throws Exception {
        TestKeys.writeJwk(directory, "rsa.jwk", new RSAKeyGenerator(2048).generate());

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("rsa.jwk").hasMessageContaining("not EC P-256 (kty RSA)");
    }

    @Test
    void rejectsAPublicOnlyKey() {
        TestKeys.writeJwk(directory, "public.jwk", TestKeys.newP256().toPublicJWK());

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("public.jwk").hasMessageContaining("no private part");
    }

    @Test
    void rejectsGarbage() {
        TestKeys.write(directory.resolve("garbage.jwk"), "{\"kty\": nonsense");
        TestKeys.write(directory.resolve("garbage.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("garbage.jwk").hasMessageContaining("not parseable");
        TestKeys.write(directory.resolve("garbage.jwk"), TestKeys.newP256().toJSONString());
        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("garbage.pem").hasMessageContaining("not parseable");
    }

    @Test
    void rejectsAKeyFileThatGroupOrOthersCanRead() {
        Path file = TestKeys.writeJwk(directory, "shared.jwk", TestKeys.newP256());
        TestKeys.chmod(file, "rw-r-----");

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("shared.jwk").hasMessageContaining("rw-r-----").hasMessageContaining("owner only");
    }

    @Test
    void rejectsAnActiveKidThatNamesNoKey() throws Exception {
        TestKeys.writeJwk(directory, "issuer.jwk", TestKeys.newP256());
        Files.writeString(directory.resolve("active-kid"), "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("active-kid").hasMessageContaining("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");
    }

    @Test
    void needsActiveKidWhenThereAreSeveralKeys() {
        TestKeys.writeJwk(directory, "one.jwk", TestKeys.newP256());
        TestKeys.writeJwk(directory, "two.jwk", TestKeys.newP256());

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("active-kid").hasMessageContaining("2 keys");
    }

    @Test
    void rejectsTheSameKeyInTwoFiles() {
        ECKey key = TestKeys.newP256();
        TestKeys.writeJwk(directory, "one.jwk", key);
        TestKeys.writePkcs8(directory, "two.pem", key);

        assertThatThrownBy(() -> KeyRing.load(directory)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("two.pem").hasMessageContaining("same key as one.jwk");
    }

    @Test
    void rejectsAKidThatIsNotTheThumbprint() {
        ECKey key = new ECKey.Builder(TestKeys.newP256()).keyID("my-key").build();
        TestKeys.writeJwk(directory, "named.jwk", key);

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
        ECKey key = TestKeys.newP256();
        String json = key.toJSONString();
        TestKeys.write(directory.resolve("truncated.jwk"), json.substring(0, json.length() - 2));

        assertThatThrownBy(() -> KeyRing.load(directory)).hasMessageContaining("truncated.jwk")
                .message().doesNotContain(key.getD().toString());
    }
}
