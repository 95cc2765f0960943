package org.shcportal.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.shcportal.database.EmbeddedDatabase;

/**
 * A PostgreSQL that a test can stop and start again as an operator's {@code pg_ctl restart} does: the portal's own
 * embedded PostgreSQL ({@link EmbeddedDatabase}) on one data folder and one port, stopped with PostgreSQL's "fast"
 * shutdown (open sessions are ended, committed work is kept) and started again on the same folder and port.
 */
public final class RestartableDatabase implements AutoCloseable {

    private final Path dataDir;
    private final Path binariesDir;
    private final int port;
    private EmbeddedDatabase running;

    private RestartableDatabase(Path dataDir, Path binariesDir, int port) {
        this.dataDir = dataDir;
        this.binariesDir = binariesDir;
        this.port = port;
    }

    /** Creates a cluster in {@code folder} and starts it on a free port. */
    public static RestartableDatabase startIn(Path folder) {
        try {
            Files.createDirectories(folder.resolve("pg-binaries"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RestartableDatabase database = new RestartableDatabase(folder.resolve("pg"), folder.resolve("pg-binaries"),
                Replica.freePort());
        database.start();
        return database;
    }

    /** The Quarkus datasource properties of this database, the same across restarts. */
    public Map<String, String> datasource() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + Replica.HOST + ":" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    /** A new connection, as an operator's psql would open one. */
    public Connection connect() throws SQLException {
        Map<String, String> datasource = datasource();
        return DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
    }

    /** Stops PostgreSQL ("fast" shutdown): connected clients lose their sessions, committed data stays. */
    public void stop() {
        running.close();
        running = null;
    }

    /** Starts PostgreSQL again on the same data folder and port. */
    public void start() {
        running = EmbeddedDatabase.start(dataDir, binariesDir, port);
    }

    @Override
    public void close() {
        if (running != null) {
            stop();
        }
    }
}
