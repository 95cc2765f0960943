package org.shcportal.database;

import java.io.IOException;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Application;

/**
 * Decides, before Quarkus starts, whether the portal uses a configured PostgreSQL or the embedded one, and in the
 * second case starts it and hands its URL to Quarkus as system properties.
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
     * property.
     *
     * @param loadDemoData whether the portal fills an empty registry with the demo dataset
     */
    public static void startUnlessConfigured(boolean loadDemoData) {
        if (System.getProperty(STARTED_PROPERTY) != null || configuredUrl() != null) {
            return;
        }
        Path dataDir = dataDir();
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, binariesDir(), port());
        LOG.infof("Embedded PostgreSQL %s on port %d, data in %s", database.created() ? "created" : "started",
                database.port(), dataDir);
        System.setProperty(STARTED_PROPERTY, Integer.toString(database.port()));
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.user());
        System.setProperty("quarkus.datasource.password", "");
        System.setProperty("portal.demo-data.enabled", Boolean.toString(loadDemoData));
        System.setProperty("portal.issuer.generated-keys-dir", dataDir.resolveSibling("keys").toString());
        useDemoDelivery();
        if (loadDemoData) {
            enableHttps(dataDir.resolveSibling("tls"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterPortal(database), "embedded-postgres-stop"));
    }

    /**
     * The demo portal sends no real email unless an SMTP server is configured, and shows every message it queues at
     * /dev/outbox.
     */
    private static void useDemoDelivery() {
        if (firstNonBlank(System.getenv("QUARKUS_MAILER_HOST"), System.getProperty("quarkus.mailer.host")) == null) {
            System.setProperty("quarkus.mailer.mock", "true");
        }
        System.setProperty("portal.delivery.keep-sent-bodies", "true");
        System.setProperty("portal.dev-outbox.enabled", "true");
    }

    /** The demo portal also answers on https://localhost:8443, its default issuer URL. */
    private static void enableHttps(Path folder) {
        try {
            DemoCertificate.enable(folder);
        } catch (IOException e) {
            LOG.warnf("The demo portal runs without HTTPS: %s", e.getMessage());
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
