package org.shcportal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.EmbeddedPostgresResource;
import org.shcportal.fixtures.ShcExamples;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.replicas.Replica;

/**
 * "Check a card" under a flood of hostile uploads, against the packaged jar in a JVM with a small heap that exits on
 * running out of memory, as production's does ({@code -XX:+ExitOnOutOfMemoryError}): a dozen visitors at once each
 * send a 5 MB {@code .smart-health-card} file holding some 1.7 million empty JSON objects. Every one gets the check
 * page with its message, and the portal is still there to check a real card afterwards.
 */
class CheckFloodIT {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    static final int VISITORS = 12;
    /** Just under the page's 5 MB limit, so that the file is read and not refused for its length alone. */
    static final int HOSTILE_FILE_BYTES = 5 * 1024 * 1024 - 64;
    /** A heap far smaller than production's 1075 MB: what survives here survives there. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx160m", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_COOKIE = Pattern.compile("csrf-token=([^;]+)");
    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} (\\S+)");
    private static final Pattern CPU_USAGE = Pattern.compile("(?m)^process_cpu_usage(?:\\{[^}]*})? (\\S+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path folder;

    private static EmbeddedPostgresResource database;
    private static Replica portal;

    @BeforeAll
    static void aPortalWithASmallHeap() {
        database = new EmbeddedPostgresResource();
        Map<String, String> datasource = database.start();
        DevKeyRing.loadOrCreate(folder.resolve("keys"));
        RidSecret.loadOrCreate(folder.resolve("rid-secret"));
        portal = Replica.start("check-flood", Map.of(
                "DB_URL", datasource.get("quarkus.datasource.jdbc.url"),
                "DB_USER", datasource.get("quarkus.datasource.username"),
                "DB_PASSWORD", datasource.get("quarkus.datasource.password"),
                "ISSUER_URL", "https://shc.registry.example",
                "PORTAL_ISSUER_KEYS_DIR", folder.resolve("keys").toString(),
                "PORTAL_ISSUER_RID_SECRET_FILE", folder.resolve("rid-secret").toString()), JVM_OPTIONS);
        portal.awaitReady(START_TIMEOUT);
    }

    @AfterAll
    static void stop() {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            database.stop();
        }
    }

    @Test
    void aDozenHostileUploadsAtOnceAreEachAnsweredWithThePageAndThePortalLives() throws Exception {
        Form form = Form.fetch();
        byte[] hostile = form.body("card.smart-health-card", "application/smart-health-card", emptyObjects());
        Sampler sampler = new Sampler();
        sampler.start();

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < VISITORS; i++) {
            answers.add(HTTP.sendAsync(form.post(hostile), HttpResponse.BodyHandlers.ofString()));
        }
        List<String> failures = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            try {
                HttpResponse<String> response = answer.get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (!List.of(400, 413, 429, 503).contains(response.statusCode())
                        || !response.body().contains("<h1>Check a SMART Health Card</h1>")
                        || !response.body().contains("id=\"file-error\"")) {
                    failures.add(response.statusCode() + ": " + response.body());
                }
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
        sampler.stop();
        System.out.printf("Check flood: answers %s; heap used at most %.1f MB (of %s); process CPU at most %.0f %%%n",
                statuses, sampler.maxHeap.get() / 1e6, JVM_OPTIONS.get(0), sampler.maxCpuPercent());

        assertThat(failures).as("answers that are not the check page with its message; portal log:%n%s", logTail())
                .isEmpty();
        assertThat(portal.isAlive()).as("the portal is running").isTrue();
        Form visitor = Form.fetch();
        byte[] card = ShcExamples.read("example-00-e-file.smart-health-card").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> real = HTTP.send(visitor.post(visitor.body("card.smart-health-card",
                "application/smart-health-card", card)), HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(real.body()).contains("Not one of our cards", "John B. Anyperson");
    }

    /** {@code {"x":[{},{},…]}}: the most JSON nodes a file of this size can hold. */
    private static byte[] emptyObjects() {
        ByteArrayOutputStream json = new ByteArrayOutputStream(HOSTILE_FILE_BYTES);
        json.writeBytes("{\"x\":[{}".getBytes(StandardCharsets.US_ASCII));
        byte[] more = ",{}".getBytes(StandardCharsets.US_ASCII);
        while (json.size() + more.length + 2 <= HOSTILE_FILE_BYTES) {
            json.writeBytes(more);
        }
        json.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        return json.toByteArray();
    }

    /** The check form as a browser got it: its CSRF cookie and token. */
    private record Form(String cookie, String token) {

        static Form fetch() throws IOException, InterruptedException {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(portal.url("/check")))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            String cookie = page.headers().allValues("Set-Cookie").stream().map(CSRF_COOKIE::matcher)
                    .filter(Matcher::find).map(found -> found.group(1)).findFirst().orElseThrow();
            Matcher field = CSRF_FIELD.matcher(page.body());
            assertThat(field.find()).as("CSRF field on the form").isTrue();
            return new Form(cookie, field.group(1));
        }

        /** The form's body as a browser sends it with one file chosen and no text. */
        byte[] body(String fileName, String mediaType, byte[] file) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token
                    + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--"
                    + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return body.toByteArray();
        }

        HttpRequest post(byte[] body) {
            return HttpRequest.newBuilder(URI.create(portal.url("/check"))).timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .header("Cookie", "csrf-token=" + cookie)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        }

        private static final String BOUNDARY = "----checkflood";
    }

    /** Reads the portal's heap use and CPU from its metrics every 200 ms, keeping the highest values. */
    private static final class Sampler {
        final AtomicLong maxHeap = new AtomicLong();
        final AtomicLong maxCpuPermille = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::run, "metrics-sampler");

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        double maxCpuPercent() {
            return maxCpuPermille.get() / 10.0;
        }

        private void run() {
            while (running && portal.isAlive()) {
                try {
                    String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(portal.managementUrl("/q/metrics")))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
                    long heap = 0;
                    Matcher used = HEAP_USED.matcher(metrics);
                    while (used.find()) {
                        heap += (long) Double.parseDouble(used.group(1));
                    }
                    maxHeap.accumulateAndGet(heap, Math::max);
                    Matcher cpu = CPU_USAGE.matcher(metrics);
                    if (cpu.find()) {
                        maxCpuPermille.accumulateAndGet(Math.round(Double.parseDouble(cpu.group(1)) * 1000),
                                Math::max);
                    }
                    Thread.sleep(200);
                } catch (IOException e) {
                    // a busy portal may not answer every sample
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String logTail() {
        return portal.logTail(40);
    }
}
