package org.shcportal.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Application;

/**
 * Decides, before Quarkus starts, whether the portal uses a configured PostgreSQL or the embedded one, and in the
 * second case starts it and hands its URL and the rest of the demo setup to Quarkus as {@link DemoDefaults}.
 */
public final class EmbeddedDefault {

    private static final Logger LOG = Logger.getLogger(EmbeddedDefault.class);
    private static final String APP = "shc-portal";
    /** Set once per JVM: dev mode calls main again on every reload, with static fields reset. */
    private static final String STARTED_PROPERTY = "portal.embedded-db.port";

    private EmbeddedDefault() {
    }

    /**
     * Starts the embedded PostgreSQL unless a database URL is configured through the environment or a system
     * property, and records the demo settings as {@link DemoDefaults}, below anything the operator sets. Whoever opens
     * the embedded database first, the portal or a command, fills an empty registry with the demo dataset.
     *
     * @param portal whether the web portal runs (and answers on HTTPS too), rather than an operator command
     */
    public static void startUnlessConfigured(boolean portal) {
        if (System.getProperty(STARTED_PROPERTY) != null || configuredUrl() != null) {
            return;
        }
        Path dataDir = dataDir();
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, binariesDir(), port());
        LOG.infof("Embedded PostgreSQL %s on port %d, data in %s", database.created() ? "created" : "started",
                database.port(), dataDir);
        System.setProperty(STARTED_PROPERTY, Integer.toString(database.port()));
        Map<String, String> defaults = new HashMap<>(demoSettings(database.jdbcUrl(), database.user(), dataDir));
        if (portal) {
            defaults.putAll(https(dataDir.resolveSibling("tls")));
        }
        DemoDefaults.record(defaults);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterPortal(database), "embedded-postgres-stop"));
    }

    /**
     * The demo setup on the embedded database at {@code jdbcUrl}: the demo dataset, the signing key and rid secret
     * generated next to the data folder, and demo delivery: no real email unless an SMTP server is configured, and
     * every queued message shown at /dev/outbox. The demo answers on this machine only (loopback) unless
     * {@code QUARKUS_HTTP_HOST} says otherwise: its outbox page lists sign-in codes.
     */
    static Map<String, String> demoSettings(String jdbcUrl, String user, Path dataDir) {
        Map<String, String> settings = new HashMap<>(Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", "",
                "portal.demo-data.enabled", "true",
                "portal.issuer.generated-keys-dir", dataDir.resolveSibling("keys").toString(),
                "portal.delivery.keep-sent-bodies", "true",
                "portal.dev-outbox.enabled", "true",
                "quarkus.http.host", "127.0.0.1",
                "quarkus.management.host", "127.0.0.1"));
        if (firstNonBlank(System.getenv("QUARKUS_MAILER_HOST"), System.getProperty("quarkus.mailer.host")) == null) {
            settings.put("quarkus.mailer.mock", "true");
        }
        return settings;
    }

    /** The demo portal also answers on https://localhost:8443, its default issuer URL. */
    private static Map<String, String> https(Path folder) {
        try {
            return DemoCertificate.enable(folder);
        } catch (IOException e) {
            LOG.warnf("The demo portal runs without HTTPS: %s", e.getMessage());
            return Map.of();
        }
    }

    private static String configuredUrl() {
        return firstNonBlank(System.getenv("DB_URL"), System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                System.getProperty("quarkus.datasource.jdbc.url"));
    }

    /** Stops PostgreSQL only after Quarkus has closed its connections, or it logs FATAL lines on the way out. */
    private static void stopAfterPortal(EmbeddedDatabase database) {
        Application application = Application.currentApplication();
        if (application != null) {
            application.awaitShutdown();
        }
        database.close();
    }

    private static Path dataDir() {
        String configured = firstNonBlank(System.getProperty("portal.embedded-db.dir"),
                System.getenv("PORTAL_EMBEDDED_DB_DIR"));
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        String dataHome = firstNonBlank(System.getenv("XDG_DATA_HOME"));
        Path base = dataHome != null ? Path.of(dataHome) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve(APP).resolve("pg");
    }

    private static Path binariesDir() {
        String cacheHome = firstNonBlank(System.getenv("XDG_CACHE_HOME"));
        Path base = cacheHome != null ? Path.of(cacheHome) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve(APP).resolve("pg-bin");
    }

    private static int port() {
        String port = firstNonBlank(System.getenv("PORTAL_EMBEDDED_DB_PORT"));
        return port == null ? 0 : Integer.parseInt(port);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
