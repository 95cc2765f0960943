package org.shcportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The tests' database: a fresh embedded PostgreSQL in a temporary folder, or the server named by
 * {@code TEST_DB_URL} (with {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD}). The demo dataset is loaded into it,
 * as on a first run of the portal.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return config(url, System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
        }
        try {
            Path dataDir = Files.createTempDirectory("portal-test-pg");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(true);
            if (Boolean.getBoolean("benchmark")) {
                // Benchmarks count the statements a request runs with pg_stat_statements, which must be loaded at
                // server start (https://www.postgresql.org/docs/17/pgstatstatements.html).
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            postgres = builder.start();
            return config(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> config(String url, String user, String password) {
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "portal.demo-data.enabled", "true",
                "portal.issuer.generated-keys-dir", GeneratedKeysFolder.path().toString());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
