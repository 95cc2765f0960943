package org.shcportal.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.keys.KeyFileException;

/** Production refuses to start without usable keys; the demo makes its own once. */
class IssuerBeansTest {

    @TempDir
    Path folder;

    @Test
    void withoutAConfiguredKeyProductionRefusesToStart() {
        IssuerConfig production = config(Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> new IssuerBeans().keyRing(production))
                .hasMessageContaining("PORTAL_ISSUER_KEYS_DIR");
        assertThatThrownBy(() -> new IssuerBeans().ridSecret(production))
                .hasMessageContaining("PORTAL_ISSUER_RID_SECRET_FILE");
    }

    @Test
    void aBadKeyFileStopsStartupNamingTheFile() throws IOException {
        Path keys = Files.createDirectories(folder.resolve("keys"));
        Files.writeString(keys.resolve("broken.jwk"), "{not json");
        IssuerConfig production = config(Optional.of(keys), Optional.empty());
        assertThatThrownBy(() -> new IssuerBeans().keyRing(production))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining("broken.jwk");
    }

    @Test
    void theDemoGeneratesItsKeyOnceAndKeepsIt() {
        IssuerConfig demo = config(Optional.empty(), Optional.of(folder.resolve("generated")));
        String kid = new IssuerBeans().keyRing(demo).active().kid();
        assertThat(new IssuerBeans().keyRing(demo).active().kid()).isEqualTo(kid);
        assertThat(new IssuerBeans().ridSecret(demo).rid(kid, "NM-000001"))
                .isEqualTo(new IssuerBeans().ridSecret(demo).rid(kid, "NM-000001"));
    }

    private static IssuerConfig config(Optional<Path> keysDir, Optional<Path> generated) {
        return new IssuerConfig() {
            @Override
            public String url() {
                return "https://registry.example";
            }

            @Override
            public boolean legacyTypes() {
                return true;
            }

            @Override
            public boolean revocation() {
                return true;
            }

            @Override
            public Optional<Path> keysDir() {
                return keysDir;
            }

            @Override
            public Optional<Path> ridSecretFile() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> generatedKeysDir() {
                return generated;
            }
        };
    }
}
