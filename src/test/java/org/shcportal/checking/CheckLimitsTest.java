package org.shcportal.checking;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shcportal.cards.HealthCardFile;
import org.shcportal.checking.CheckControllerTest.Visitor;
import org.shcportal.fixtures.ShcExamples;
import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * What "check a card" takes on at once and from one address, with real limits: an address that checked too much is
 * told to wait, a replica busy with as many checks as it takes tells the next visitor to try again in a minute, an
 * upload too slow to arrive is cut off, and no upload is ever written to disk.
 */
@QuarkusTest
@TestProfile(CheckLimitsTest.Limits.class)
class CheckLimitsTest {

    static final Path UPLOADS = Path.of("target", "check-limits-uploads").toAbsolutePath();
    static final int PER_ADDRESS = 3;
    static final Duration UPLOAD_TIME = Duration.ofSeconds(5);
    private static final byte[] CARD_FILE = ShcExamples.read("example-00-e-file.smart-health-card")
            .getBytes(StandardCharsets.UTF_8);

    /**
     * One check at a time, three per address in a counting window of a century (windows start at multiples of their
     * length since 1970: a short one could roll over between a test's requests), and the upload folder watched.
     */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.check.concurrent-checks", "1",
                    "portal.check.checks-per-address", Integer.toString(PER_ADDRESS),
                    "portal.check.window", "P36500D",
                    "portal.check.upload-time", UPLOAD_TIME.toSeconds() + "s",
                    "quarkus.http.body.uploads-directory", UPLOADS.toString());
        }
    }

    @BeforeEach
    void newWindow() {
        forgetCounts();
    }

    @Test
    void theFourthCheckFromOneAddressIsToldToWaitInEnglishAndSpanish() {
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(checkCardFile(new Visitor()).statusCode()).isEqualTo(200);
        }

        Response limited = checkCardFile(new Visitor());
        Response limitedEs = checkCardFile(new Visitor("es"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.asString()).contains(
                "Many cards were checked from your network in a short time. Please wait a minute and try again.",
                "id=\"file-error\"", "<title>Error: ").doesNotContain("John B. Anyperson");
        assertThat(limitedEs.statusCode()).isEqualTo(429);
        assertThat(limitedEs.asString()).contains("Se comprobaron muchas tarjetas desde su red en poco tiempo");
    }

    @Test
    void whileACheckIsUnderWayTheNextIsToldToTryAgainInAMinute() throws IOException {
        try (Socket underWay = startUpload()) {
            await().atMost(Duration.ofSeconds(4)).untilAsserted(() -> {
                forgetCounts();
                Response busy = checkCardFile(new Visitor());
                assertThat(busy.statusCode()).isEqualTo(503);
                assertThat(busy.header("Retry-After")).isEqualTo("60");
                assertThat(busy.asString()).contains(
                        "Many cards are being checked right now. Please try again in a minute.", "id=\"file-error\"");
            });
            Response busyEs = checkCardFile(new Visitor("es"));
            assertThat(busyEs.asString()).contains("En este momento se están comprobando muchas tarjetas");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            forgetCounts();
            assertThat(checkCardFile(new Visitor()).statusCode()).as("the place given back").isEqualTo(200);
        });
    }

    @Test
    void anUploadThatDoesNotArriveInTimeIsCutOffAndGivesItsPlaceBack() throws IOException {
        try (Socket slow = startUpload()) {
            slow.setSoTimeout(20_000);
            long start = System.nanoTime();

            int answer = readOrReset(slow.getInputStream());

            assertThat(answer).as("the connection closed").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(UPLOAD_TIME.multipliedBy(2));
        }
        forgetCounts();
        assertThat(checkCardFile(new Visitor()).statusCode()).isEqualTo(200);
    }

    @Test
    void uploadsAreNeverWrittenToDisk() throws IOException, InterruptedException {
        Files.createDirectories(UPLOADS);
        byte[] picture = QrPng.render(QrSymbol.encode(ShcExamples.read("example-00-f-qr-code-numeric-value-0.txt")),
                4);
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            UPLOADS.register(watcher, ENTRY_CREATE);

            Response file = checkCardFile(new Visitor());
            Response qr = new Visitor().postFile("qr.png", picture, "image/png");

            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(qr.statusCode()).isEqualTo(200);
            assertThat(qr.asString()).contains("John B. Anyperson");
            WatchKey created = watcher.poll(1, TimeUnit.SECONDS);
            assertThat(created == null ? List.of()
                    : created.pollEvents().stream().map(event -> event.context())
                            .toList())
                    .as("files created in %s", UPLOADS).isEmpty();
        }
    }

    private static Response checkCardFile(Visitor visitor) {
        return visitor.postFile("card.smart-health-card", CARD_FILE, HealthCardFile.MEDIA_TYPE);
    }

    /** A check whose upload has begun and goes no further: its head and the first bytes of its file. */
    private static Socket startUpload() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /check HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: 100000\r\n\r\n--x\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"card.smart-health-card\"\r\n\r\n{\"verifiableCredential\":[")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The first byte the server sends, or -1 when it closes or resets the connection. */
    private static int readOrReset(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketException reset) {
            return -1;
        }
    }

    private static void forgetCounts() {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(EntityManager.class).get()
                .createNativeQuery("DELETE FROM rate_limit_counter WHERE bucket = ?1")
                .setParameter(1, CheckRateLimit.BUCKET).executeUpdate());
    }
}
