package org.shcportal.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal process started from the packaged jar as production starts it, configured by environment variables
 * only, with its output in {@code target/replicas/<name>.log}. Closing it stops it as Kubernetes does (SIGTERM, then
 * SIGKILL after a grace period).
 */
public final class Replica implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("portal.jar", "target/quarkus-app/quarkus-run.jar"));
    static final Path LOGS = Path.of("target", "replicas");
    public static final String HOST = "127.0.0.1";
    /** Small heaps and a quick JIT: the test machine may have two cores for everything. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private Replica(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /** Starts a portal on a free loopback port; {@link #awaitReady} waits for it. */
    public static Replica start(String name, Map<String, String> environment) {
        return start(name, environment, JVM_OPTIONS);
    }

    /** Starts a portal in a JVM with {@code jvmOptions} (heap, GC) instead of the replicas' own. */
    public static Replica start(String name, Map<String, String> environment, List<String> jvmOptions) {
        int port = freePort();
        int managementPort = freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", HOST);
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_MANAGEMENT_HOST", HOST);
        Path log = LOGS.resolve(name + ".log");
        return new Replica(name, port, managementPort, launch(jvmOptions, env, log, List.of()), log);
    }

    /** Runs one operator command of the jar against the same database and waits for its exit status. */
    public static Command run(String name, Map<String, String> environment, Duration timeout, String... args) {
        Path log = LOGS.resolve(name + ".log");
        Process process = launch(JVM_OPTIONS, environment, log, List.of(args));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The command " + String.join(" ", args) + " did not end within " + timeout
                        + ":\n" + read(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the command ran", e);
        }
        return new Command(process.exitValue(), read(log));
    }

    /** A finished command: its exit status and everything it printed. */
    public record Command(int status, String output) {
    }

    /** The address of a path on this replica. */
    public String url(String path) {
        return "http://" + HOST + ":" + port + path;
    }

    /** The address of a path on this replica's management interface, e.g. {@code /q/metrics}. */
    public String managementUrl(String path) {
        return "http://" + HOST + ":" + managementPort + path;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    /** Waits until the readiness check answers UP (database reachable, schema current); fails with the log. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI readiness = URI.create(managementUrl("/q/health/ready"));
        HttpRequest ready = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Replica " + name + " exited with status " + process.exitValue() + ":\n"
                        + read(log));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for replica " + name, e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("Replica " + name + " was not ready within " + timeout + ":\n" + read(log));
    }

    /** The last lines the process printed, for a failed test's report. */
    public String logTail(int lines) {
        List<String> all = read(log).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Kills the process at once, as {@code kill -9} (SIGKILL) does: no shutdown, no answer to requests in flight. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(List<String> jvmOptions, Map<String, String> environment, Path log,
            List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(LOGS);
            Process process = builder.start();
            // A test JVM that dies without its cleanup must not leave portals running.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port free on the loopback address now, for a process about to be started. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
