package org.shcportal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server left running on a data folder by a portal that was killed (pg_ctl detaches the server, so
 * it outlives the JVM). It holds the folder, so it is stopped before the folder is used again.
 */
final class StalePostmaster {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path pidFile;

    StalePostmaster(Path dataDir) {
        this.pidFile = dataDir.resolve("postmaster.pid");
    }

    void stopIfRunning() throws IOException {
        Optional<ProcessHandle> server = liveServer();
        if (server.isEmpty()) {
            return;
        }
        server.get().destroy();
        try {
            CompletableFuture<ProcessHandle> exit = server.get().onExit();
            exit.get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL server left by an earlier run", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the PostgreSQL server left by an earlier run (pid " + server.get().pid()
                    + ") did not stop; stop it by hand", e);
        }
    }

    private Optional<ProcessHandle> liveServer() throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }
}
