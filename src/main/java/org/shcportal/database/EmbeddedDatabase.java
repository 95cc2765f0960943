package org.shcportal.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL the portal uses when no database is configured: zonky's binaries, a data directory
 * that survives restarts, and a lock so that a second portal on the same directory stops with a clear message.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "postgres";
    static final String USER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final boolean created;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, boolean created) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.created = created;
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, creating the cluster when the folder is new.
     *
     * @param binariesDir where the binaries unpack (kept out of /tmp, whose cleaners may empty it)
     * @param port the port, or 0 for any free one
     * @throws EmbeddedDatabaseException when another portal uses the folder or PostgreSQL does not start
     */
    public static EmbeddedDatabase start(Path dataDir, Path binariesDir, int port) {
        FileChannel lock = lock(dataDir);
        try {
            boolean created = !Files.exists(dataDir.resolve("PG_VERSION"));
            new StalePostmaster(dataDir).stopIfRunning();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setRegisterShutdownHook(false)
                    // One server with no standby and no WAL archive: the least WAL (PostgreSQL documentation 20.5.1,
                    // wal_level), with which bulk loads into emptied tables skip it (BulkLoad).
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    .start();
            return new EmbeddedDatabase(postgres, lock, created);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + dataDir + " did not start: " + e.getMessage(),
                    e);
        }
    }

    private static FileChannel lock(Path dataDir) {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseException("The embedded database folder " + dataDir
                        + " is already in use by another running portal. Stop that one first, or set PORTAL_EMBEDDED_DB_DIR"
                        + " to another folder.", null);
            }
            return channel;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot lock the embedded database folder " + dataDir + ": " + e.getMessage(),
                    e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String user() {
        return USER;
    }

    public int port() {
        return postgres.getPort();
    }

    /** True when this start created the cluster, i.e. the data folder was new. */
    public boolean created() {
        return created;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // releasing the lock of a process that is ending
        }
    }

    /** Why the embedded database could not be used; the message is meant for the operator. */
    public static final class EmbeddedDatabaseException extends RuntimeException {
        EmbeddedDatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
