package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The demo portal's settings are defaults: they fill what the jar's application.properties leaves empty, and whatever
 * an operator sets (environment variables, system properties) wins over them, so two demo portals can run side by
 * side.
 */
class DemoDefaultsTest {

    private static final String URL = "jdbc:postgresql://localhost:54321/postgres?user=postgres";
    private static final Path DATA = Path.of("/srv/demo/shc-portal/pg");

    @Test
    void fillWhatTheJarLeavesEmpty() throws IOException {
        SmallRyeConfig config = config(Map.of(), Map.of());

        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class)).isEqualTo(URL);
        assertThat(config.getValue("quarkus.http.ssl-port", int.class)).isEqualTo(8443);
        assertThat(config.getValue("quarkus.http.host", String.class)).as("this machine only").isEqualTo("127.0.0.1");
        assertThat(config.getValue("quarkus.management.host", String.class)).as("health and metrics too")
                .isEqualTo("127.0.0.1");
        assertThat(config.getValue("portal.issuer.generated-keys-dir", String.class))
                .isEqualTo(DATA.resolveSibling("keys").toString());
        assertThat(config.getValue("portal.demo-data.enabled", boolean.class))
                .as("for a command as for the portal: whichever opens the database first loads the demo people")
                .isTrue();
    }

    @Test
    void environmentVariablesAndSystemPropertiesOverrideThem() throws IOException {
        SmallRyeConfig config = config(Map.of("QUARKUS_HTTP_SSL_PORT", "9443", "QUARKUS_MAILER_MOCK", "false",
                "PORTAL_DEMO_DATA_ENABLED", "false", "QUARKUS_HTTP_HOST", "0.0.0.0"),
                Map.of("portal.dev-outbox.enabled", "false"));

        assertThat(config.getValue("quarkus.http.ssl-port", int.class)).isEqualTo(9443);
        assertThat(config.getValue("quarkus.http.host", String.class)).isEqualTo("0.0.0.0");
        assertThat(config.getValue("quarkus.mailer.mock", boolean.class)).isFalse();
        assertThat(config.getValue("portal.demo-data.enabled", boolean.class)).isFalse();
        assertThat(config.getValue("portal.dev-outbox.enabled", boolean.class)).isFalse();
        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class)).isEqualTo(URL);
    }

    /** The sources of a demo portal's configuration, with their Quarkus ordinals. */
    private static SmallRyeConfig config(Map<String, String> environment, Map<String, String> systemProperties)
            throws IOException {
        Map<String, String> demo = new HashMap<>(EmbeddedDefault.demoSettings(URL, "postgres", DATA));
        demo.put("quarkus.http.ssl-port", Integer.toString(DemoCertificate.HTTPS_PORT));
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withSources(new DemoDefaults(demo),
                new PropertiesConfigSource(DemoDefaultsTest.class.getResource("/application.properties"), 250),
                new EnvConfigSource(environment, 300),
                new PropertiesConfigSource(systemProperties, "system properties", 400)).build();
    }
}
