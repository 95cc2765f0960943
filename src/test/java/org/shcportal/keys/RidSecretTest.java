package org.shcportal.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RidSecretTest {

    /** The public test secret of the spec's examples, generate-examples/src/config/issuer.hmac.private.json. */
    private static final String EXAMPLE_SECRET = "GWdbF5850vxNt3HhHFl0dRvvN--C6rD77obJgGjK_Zg";
    private static final String EXAMPLE_KID = "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s";

    @TempDir
    Path directory;

    @Test
    void reproducesTheRidsOfTheSpecExamples() {
        RidSecret secret = RidSecret.load(OperatorKeys.write(directory.resolve("rid-secret"), EXAMPLE_SECRET + "\n"));

        assertThat(secret.rid(EXAMPLE_KID, "userid-00")).isEqualTo("MKyCxh7p6uQ");
        assertThat(secret.rid(EXAMPLE_KID, "userid-02")).isEqualTo("YjKhdFoxL_g");
        assertThat(secret.rid(EXAMPLE_KID, "userid-03")).isEqualTo("vwAjHdarZuc");
    }

    @Test
    void ridsDifferByKey() {
        RidSecret secret = RidSecret.load(OperatorKeys.write(directory.resolve("rid-secret"), EXAMPLE_SECRET));

        assertThat(secret.rid("another-kid", "userid-00")).hasSize(11).isNotEqualTo("MKyCxh7p6uQ");
        assertThat(secret.rid(EXAMPLE_KID, "userid-00")).isEqualTo("MKyCxh7p6uQ");
    }

    @Test
    void givesTheSameRidsFromManyThreads() {
        RidSecret secret = RidSecret.load(OperatorKeys.write(directory.resolve("rid-secret"), EXAMPLE_SECRET));
        List<String> persons = IntStream.range(0, 2_000).mapToObj(i -> "person-" + i % 50).toList();
        List<String> sequential = persons.stream().map(person -> secret.rid(EXAMPLE_KID, person)).toList();

        List<String> parallel = persons.parallelStream().map(person -> secret.rid(EXAMPLE_KID, person)).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void rejectsAShortSecret() {
        Path file = OperatorKeys.write(directory.resolve("rid-secret"), EXAMPLE_SECRET.substring(0, 40));

        assertThatThrownBy(() -> RidSecret.load(file)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("rid-secret").hasMessageContaining("at least 32")
                .message().doesNotContain(EXAMPLE_SECRET.substring(0, 40));
    }

    @Test
    void rejectsASecretThatIsNotBase64url() {
        String secret = EXAMPLE_SECRET.replace('-', '+');
        Path file = OperatorKeys.write(directory.resolve("rid-secret"), secret);

        assertThatThrownBy(() -> RidSecret.load(file)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("rid-secret").hasMessageContaining("base64url")
                .message().doesNotContain(secret);
    }

    @Test
    void rejectsASecretThatGroupOrOthersCanRead() {
        Path file = OperatorKeys.chmod(OperatorKeys.write(directory.resolve("rid-secret"), EXAMPLE_SECRET), "rw-r--r--");

        assertThatThrownBy(() -> RidSecret.load(file)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("rid-secret").hasMessageContaining("owner only");
    }

    @Test
    void keepsTheSecretOutOfToString() {
        RidSecret secret = RidSecret.load(OperatorKeys.write(directory.resolve("rid-secret"), EXAMPLE_SECRET));

        assertThat(secret.toString()).doesNotContain(EXAMPLE_SECRET);
    }

    @Test
    void createsA256BitSecretOnceForTheOwnerOnly() throws Exception {
        Path file = directory.resolve("dev").resolve("rid-secret");

        String rid = RidSecret.loadOrCreate(file).rid(EXAMPLE_KID, "userid-00");

        assertThat(Files.readString(file)).matches("[A-Za-z0-9_-]{43}");
        assertThat(OperatorKeys.permissions(file)).isEqualTo("rw-------");
        assertThat(RidSecret.loadOrCreate(file).rid(EXAMPLE_KID, "userid-00")).isEqualTo(rid);
    }
}
