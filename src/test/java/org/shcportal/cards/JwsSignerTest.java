package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.SigningKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JWS envelope rules the official validator (health-cards-dev-tools) checks. */
class JwsSignerTest {

    private static final byte[] CLAIMS = "{\"iss\":\"https://registry.example\",\"nbf\":1700000000}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void theHeaderSaysEs256DeflateAndTheKid() throws Exception {
        SigningKey key = key();
        String[] parts = new JwsSigner(key).sign(CLAIMS).split("\\.");
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("alg").asText()).isEqualTo("ES256");
        assertThat(header.path("zip").asText()).isEqualTo("DEF");
        assertThat(header.path("kid").asText()).isEqualTo(key.kid());
        assertThat(header.has("typ")).isFalse();
    }

    @Test
    void theSignatureIsSixtyFourBytesRAndSNotDer() throws Exception {
        SigningKey key = key();
        String jws = new JwsSigner(key).sign(CLAIMS);
        String[] parts = jws.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        assertThat(signature).hasSize(64);
        assertThat(parts[2]).hasSize(JwsSigner.SIGNATURE_CHARS);
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initVerify(key.publicJwk().toECPublicKey());
        jdk.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(jdk.verify(signature)).isTrue();
    }

    @Test
    void thePayloadIsRawDeflateWithoutAZlibHeader() throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(new JwsSigner(key()).sign(CLAIMS).split("\\.")[1]);
        assertThat(inflate(payload, true)).isEqualTo(CLAIMS);
        assertThatThrownBy(() -> inflate(payload, false)).isInstanceOf(DataFormatException.class);
    }

    @Test
    void predictsTheLengthOfTheJwsWithoutSigning() {
        JwsSigner signer = new JwsSigner(key());
        for (int size : new int[] { 10, 200, 1500 }) {
            byte[] claims = ("{\"x\":\"" + "ab1".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(signer.length(claims)).isEqualTo(signer.sign(claims).length());
        }
    }

    @Test
    void hasNoWhitespaceAnywhere() {
        assertThat(new JwsSigner(key()).sign(CLAIMS)).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    private SigningKey key() {
        return DevKeyRing.loadOrCreate(folder.resolve("keys")).active();
    }

    private static byte[] inflate(byte[] data, boolean raw) throws DataFormatException {
        Inflater inflater = new Inflater(raw);
        inflater.setInput(data);
        byte[] out = new byte[4096];
        int length = inflater.inflate(out);
        if (!inflater.finished()) {
            throw new DataFormatException("not a complete stream");
        }
        byte[] result = new byte[length];
        System.arraycopy(out, 0, result, 0, length);
        return result;
    }
}
