package org.shcportal.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.shcportal.GeneratedKeysFolder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL of its own for the feed's MLLP tests, which a test may stop and start again to see the feed
 * through an outage. Its data folder is given
 * to the portal's configuration as {@code portal.test.database-dir}.
 */
public class StoppableDatabase implements QuarkusTestResourceLifecycleManager {

    static final String DATA_DIR = "portal.test.database-dir";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path dataDir = Files.createTempDirectory("mllp-test-pg");
            // A commit is on disk before it is acknowledged, as with PostgreSQL's default: the embedded server's own
            // default (off) would lose the last acknowledged messages in a crash (PostgreSQL documentation,
            // "Asynchronous Commit").
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true)
                    .setServerConfig("synchronous_commit", "on").start();
            return Map.of("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "",
                    "portal.demo-data.enabled", "true",
                    "portal.issuer.generated-keys-dir", GeneratedKeysFolder.path().toString(),
                    DATA_DIR, dataDir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the server at once, as a crash would: SIGQUIT, "immediate shutdown" (PostgreSQL documentation, "Shutting
     * Down the Server"), which ends every session without a checkpoint.
     */
    static void stopServer(Path dataDir) {
        long pid = Long.parseLong(lines(dataDir.resolve("postmaster.pid")).get(0));
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        run(List.of("kill", "-QUIT", Long.toString(pid)));
        server.onExit().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Starts the server again with the command line it last ran with ({@code postmaster.opts}), once it is ready. */
    static void startServer(Path dataDir) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; in a user namespace of its own it runs as an unmapped user, as the
            // embedded PostgreSQL library starts it too.
            command.addAll(List.of("unshare", "-U"));
        }
        // One word per argument, each quoted after the program's path, e.g. /.../postgres "-D" "/tmp/x" "-p" "5432".
        for (String word : lines(dataDir.resolve("postmaster.opts")).get(0).split(" ")) {
            command.add(word.replace("\"", ""));
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        // postmaster.pid's last line is the server's state, "ready" once it accepts connections (PostgreSQL
        // documentation, "Database File Layout").
        while (!Files.exists(dataDir.resolve("postmaster.pid"))
                || !lines(dataDir.resolve("postmaster.pid")).stream().anyMatch(line -> line.strip().equals("ready"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL was not ready within " + WAIT);
            }
            sleep();
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
