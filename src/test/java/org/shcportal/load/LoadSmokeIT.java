package org.shcportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.replicas.Replica;

import io.gatling.app.Gatling$;

/**
 * The launch-day load test in miniature (docs/capacity.md), as the build runs it: the packaged jar freshly started on
 * its embedded database with a few hundred generated persons and production settings, the same simulation for a few
 * seconds at a low rate, and every request of every kind of visit must succeed. The HTML report is left in
 * target/gatling.
 */
class LoadSmokeIT {

    static final Duration TIMEOUT = Duration.ofSeconds(180);
    static final Duration POLL = Duration.ofMillis(200);
    static final Path RESULTS = Path.of("target", "gatling");
    /** A few hundred persons: the smoke run signs in about twenty of them, each once. */
    static final int PERSONS = 300;
    /** The run's request counts in the report's js/stats.js. */
    private static final Pattern TOTAL = Pattern.compile("\"numberOfRequests\"\\s*:\\s*\\{\\s*\"total\"\\s*:\\s*\"(\\d+)\""
            + "\\s*,\\s*\"ok\"\\s*:\\s*\"(\\d+)\"\\s*,\\s*\"ko\"\\s*:\\s*\"(\\d+)\"");

    @TempDir
    static Path data;

    private static Replica portal;
    private static Map<String, String> environment;
    private static int httpsPort;
    private static int databasePort;

    @BeforeAll
    static void aFreshPortalOnGeneratedPersons() {
        httpsPort = Replica.freePort();
        databasePort = Replica.freePort();
        environment = LaunchDayEnvironment.of(data.resolve("pg"), databasePort, httpsPort);
        Replica.Command generated = Replica.run("load-generate", environment, TIMEOUT, "generate", "--persons",
                Integer.toString(PERSONS));
        assertThat(generated.status()).as(generated.output()).isZero();
        portal = Replica.start("load-portal", environment);
        awaitListening(httpsPort);
    }

    /**
     * Waits until the portal answers on its HTTPS port, which Quarkus opens once started (schema checked). The
     * readiness check is no use here: with the demo certificate the management interface answers on HTTPS too.
     */
    private static void awaitListening(int port) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(portal.isAlive()).as("the portal runs; its log:%n%s", portal.logTail(60)).isTrue();
            try (Socket socket = new Socket(Replica.HOST, port)) {
                return;
            } catch (IOException e) {
                sleep();
            }
        }
        throw new AssertionError("The portal did not listen within " + TIMEOUT + ":\n" + portal.logTail(60));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void everyRequestOfEveryKindOfVisitSucceedsAndTheReportIsWritten() throws IOException {
        Map<String, String> properties = new HashMap<>(Map.of("load.url", "https://" + Replica.HOST + ":" + httpsPort,
                "load.db.url", "jdbc:postgresql://" + Replica.HOST + ":" + databasePort + "/postgres",
                "rate", "3", "duration", "8", "agents", "2"));
        properties.forEach(System::setProperty);
        Path before = newestRun().orElse(null);

        int status = Gatling$.MODULE$.fromArgs(new String[] { "-s", LaunchDaySimulation.class.getName(), "-rf",
                RESULTS.toAbsolutePath().toString(), "-rd", "smoke" });

        assertThat(status).as("Gatling's exit status (2: an assertion failed, e.g. a failed request); portal log:%n%s",
                portal.logTail(60)).isZero();
        Path run = newestRun().orElseThrow();
        assertThat(run).isNotEqualTo(before);
        assertThat(run.resolve("index.html")).isRegularFile();
        Matcher counts = TOTAL.matcher(Files.readString(run.resolve("js").resolve("stats.js")));
        assertThat(counts.find()).isTrue();
        System.out.printf("Load smoke run: %s requests, %s OK, %s failed; report %s%n", counts.group(1),
                counts.group(2), counts.group(3), run.resolve("index.html"));
        assertThat(Long.parseLong(counts.group(3))).isZero();
    }

    private static Optional<Path> newestRun() throws IOException {
        if (!Files.isDirectory(RESULTS)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(RESULTS)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparing(path -> path.toFile().lastModified()));
        }
    }
}
