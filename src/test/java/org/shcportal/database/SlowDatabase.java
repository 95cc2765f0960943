package org.shcportal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.shcportal.GeneratedKeysFolder;
import org.shcportal.fixtures.DelayingProxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh embedded PostgreSQL with the demo dataset, which the portal reaches through a {@link DelayingProxy} that a
 * test can slow down; the proxy is handed to the test's field of that type.
 */
public class SlowDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private DelayingProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("slow-test-pg"))
                    .setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        proxy = DelayingProxy.to(postgres.getPort());
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "portal.demo-data.enabled", "true",
                "portal.issuer.generated-keys-dir", GeneratedKeysFolder.path().toString());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(DelayingProxy.class));
    }

    @Override
    public void stop() {
        proxy.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
