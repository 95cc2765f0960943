package org.shcportal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeyRingTest {

    @TempDir
    Path home;

    @Test
    void createsOneKeyOnceAndReusesIt() {
        Path directory = home.resolve("dev-keys");

        String kid = DevKeyRing.loadOrCreate(directory).active().kid();

        assertThat(KeyFile.in(directory)).containsExactly(directory.resolve(kid + ".jwk"));
        assertThat(DevKeyRing.loadOrCreate(directory).active().kid()).isEqualTo(kid);
        assertThat(KeyFile.in(directory)).hasSize(1);
    }

    @Test
    void writesTheKeyForTheOwnerOnly() {
        Path directory = home.resolve("dev-keys");

        String kid = DevKeyRing.loadOrCreate(directory).active().kid();

        assertThat(OperatorKeys.permissions(directory.resolve(kid + ".jwk"))).isEqualTo("rw-------");
        assertThat(OperatorKeys.permissions(directory)).isEqualTo("rwx------");
    }

    @Test
    void usesAKeyAlreadyThere() {
        Path file = OperatorKeys.writeJwk(home, "mine.jwk", OperatorKeys.newP256());

        KeyRing ring = DevKeyRing.loadOrCreate(home);

        assertThat(KeyFile.in(home)).containsExactly(file);
        assertThat(ring.active().kid()).isEqualTo(KeyFile.read(file).kid());
    }
}
