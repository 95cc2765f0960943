package org.shcportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an operator meets it on a new machine, with no database configured: a bad command line starts
 * nothing, a command on the empty embedded database finds the demo people, and a demo portal takes the HTTPS port its
 * environment gives it, so that a second one can run beside another.
 */
class PortalJarIT {

    static final Path JAR = Path.of(System.getProperty("portal.jar", "target/quarkus-app/quarkus-run.jar"));
    static final String HOST = "127.0.0.1";
    static final Duration TIMEOUT = Duration.ofSeconds(180);
    /** Small heaps and a quick JIT: the test machine may have two cores for everything. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    @TempDir
    Path folder;

    @Test
    void aCommandOnANewEmbeddedDatabaseFindsTheDemoPeopleAndTheDemoPortalTakesTheGivenPorts() throws Exception {
        Path dataDir = folder.resolve("shc-portal").resolve("pg");
        Map<String, String> environment = Map.of("PORTAL_EMBEDDED_DB_DIR", dataDir.toString());

        Finished refused = run(environment, "issue", "--person", "NM-000001", "--out", "x", "--bogus");

        assertThat(refused.status()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).startsWith("Unknown option: '--bogus'\nUsage: java -jar quarkus-run.jar issue ");
        assertThat(dataDir.getParent()).as("nothing started").doesNotExist();

        Path cards = folder.resolve("cards");
        Finished issued = run(environment, "issue", "--person", "NM-000001", "--out", cards.toString());

        assertThat(issued.status()).as(issued.output()).isZero();
        assertThat(issued.output()).contains("Loaded the demo dataset", "covid-19 card");
        assertThat(cards.resolve("NM-000001").resolve("covid-19").resolve("card.jws")).exists();

        Map<String, String> portal = new HashMap<>(environment);
        int httpsPort = freePort();
        portal.put("PORT", Integer.toString(freePort()));
        portal.put("QUARKUS_HTTP_HOST", HOST);
        portal.put("QUARKUS_HTTP_SSL_PORT", Integer.toString(httpsPort));
        portal.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
        Process running = start(portal, folder.resolve("portal.log"));
        try {
            HttpResponse<String> keys = awaitHttps(dataDir.resolveSibling("tls"),
                    URI.create("https://" + HOST + ":" + httpsPort + "/.well-known/jwks.json"), running);
            assertThat(keys.statusCode()).isEqualTo(200);
            assertThat(keys.body()).contains("\"keys\"");
        } finally {
            running.destroy();
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor();
            }
        }
    }

    /** What a finished run of the jar printed (standard output and error together) and its exit status. */
    record Finished(int status, String output) {
    }

    private Finished run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "command", ".log");
        Process process = start(environment, log, args);
        if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("The jar did not end within " + TIMEOUT + ":\n" + Files.readString(log));
        }
        return new Finished(process.exitValue(), Files.readString(log));
    }

    private static Process start(Map<String, String> environment, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // No database of the machine's: the jar must choose its embedded one.
        builder.environment().keySet().removeAll(List.of("DB_URL", "QUARKUS_DATASOURCE_JDBC_URL"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        // A test JVM that dies without its cleanup must not leave portals running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    /** Fetches {@code uri} once the portal answers on it, trusting only the demo certificate made in {@code tls}. */
    private static HttpResponse<String> awaitHttps(Path tls, URI uri, Process portal) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(portal.isAlive()).as("the portal is running").isTrue();
            if (Files.exists(tls.resolve("localhost.p12.password"))) {
                try {
                    HttpClient client = HttpClient.newBuilder().sslContext(trusting(tls))
                            .connectTimeout(Duration.ofSeconds(1)).build();
                    return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    // not listening yet
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Nothing answered on " + uri + " within " + TIMEOUT);
    }

    private static SSLContext trusting(Path tls) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.resolve("localhost.p12"))) {
            store.load(in, Files.readString(tls.resolve("localhost.p12.password")).strip().toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
