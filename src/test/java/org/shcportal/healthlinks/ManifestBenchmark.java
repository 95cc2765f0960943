package org.shcportal.healthlinks;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shcportal.fixtures.TestPeople;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Manifest requests at a steady 100 a second (open loop: each is sent on schedule whether or not earlier ones were
 * answered, so a slow answer delays none and queueing shows in the times), for a link that stays current (files
 * encrypted anew from the cards on every request) and one with files made at creation; prints p50 and p99 and writes
 * them to {@code target/benchmarks/health-link-manifest.txt}. Skipped unless {@code -Dbenchmark=true}:
 * {@code ./mvnw -B -q test -Dtest=ManifestBenchmark -Dbenchmark=true [-Dbenchmark.seconds=N]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ManifestBenchmark {

    /** The rate the product asks the manifest endpoint to sustain. */
    private static final int PER_SECOND = 100;
    /** Requests sent before the measured ones, for the JIT and the connection pools. */
    private static final int WARM_UP = 300;

    @TestHTTPResource("/")
    URL base;

    @Test
    void manifestRequestsAtOneHundredASecond() throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        String resident = TestPeople.adultWithCards();
        StringBuilder report = new StringBuilder();
        for (boolean stayCurrent : new boolean[] { true, false }) {
            CreatedLink link = TestLinks.create(resident,
                    TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), stayCurrent));
            URI manifest = URI.create(base.toString()).resolve(TestLinks.manifestPath(link.shlink()));
            run(manifest, WARM_UP);
            long[] nanos = run(manifest, seconds * PER_SECOND);
            Arrays.sort(nanos);
            String line = String.format("manifest %s: %d requests at %d/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    stayCurrent ? "L (cards encrypted per request)" : "without L (stored files)", nanos.length,
                    PER_SECOND, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                    nanos[nanos.length - 1] / 1e6);
            System.out.print(line);
            report.append(line);
        }
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "health-link-manifest.txt"), report);
    }

    /** Sends {@code count} requests on a fixed schedule; the time of each, every answer a 200. */
    private static long[] run(URI manifest, int count) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(manifest).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\":\"Benchmark\"}")).build();
        List<CompletableFuture<Long>> answers = new ArrayList<>();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / PER_SECOND;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long sent = System.nanoTime();
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("manifest answered " + response.statusCode());
                }
                return System.nanoTime() - sent;
            }));
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            nanos[i] = answers.get(i).get(2, TimeUnit.MINUTES);
        }
        return nanos;
    }
}
