package org.shcportal.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Download speed over HTTP on the embedded PostgreSQL (targets: PDF p50 ≤ 30 ms, file ≥ 300 requests/s,
 * first PDF after start ≤ 1.5 s): the first PDF after the portal started, then warm p50/p99 of a one-card full-page
 * PDF and of a family pack with three children, and file downloads per second from 8 concurrent clients. Not part
 * of the test suite (no "Test" suffix); run it with
 * {@code ./mvnw test -Dtest=DownloadsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Prints the numbers and
 * writes them to {@code target/benchmarks/downloads.txt}.
 */
@QuarkusTest
class DownloadsBenchmark {

    private static final int WARM_UP = 50;
    private static final int SAMPLES = 200;
    private static final int CLIENTS = 8;
    private static final long FILE_SECONDS = 10;

    @TestHTTPResource("/")
    URI portal;

    /** A light client: RestAssured's own work would take CPU from the server on a 2-core machine. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void downloads() throws Exception {
        StringBuilder report = new StringBuilder();
        String john = TestSessions.signIn("NM-000001");
        long johnId = idOf("NM-000001");
        String pdf = "/people/" + johnId + "/cards/covid-19.pdf";
        String file = "/people/" + johnId + "/cards/covid-19.smart-health-card";
        get(john, file);

        long start = System.nanoTime();
        get(john, pdf);
        report.append(String.format("first PDF after start: %.0f ms%n", (System.nanoTime() - start) / 1e6));

        report.append(percentiles("one-card full-page PDF", john, pdf));
        String parent = TestSessions.signIn(parentOfThree());
        report.append(percentiles("family pack, 3 children", parent,
                "/people/" + idOf(parentRegistryId) + "/family.pdf"));
        report.append(fileRate(john, file));

        System.out.print(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "downloads.txt"), report);
    }

    private String percentiles(String name, String session, String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(session, path);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            byte[] body = get(session, path);
            times.add(System.nanoTime() - start);
            assertThat(body.length).isGreaterThan(1000);
        }
        Collections.sort(times);
        return String.format("%s: p50 %.1f ms, p99 %.1f ms (%d requests, warm)%n", name, times.get(SAMPLES / 2) / 1e6,
                times.get(SAMPLES * 99 / 100) / 1e6, SAMPLES);
    }

    private String fileRate(String session, String path) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + FILE_SECONDS * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    get(session, path);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return String.format("file download: %.0f requests/s (%d clients, %d s)%n", done.get() / (double) FILE_SECONDS,
                CLIENTS, FILE_SECONDS);
    }

    private byte[] get(String session, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.resolve(path))
                .header("Cookie", TestSessions.COOKIE + "=" + session).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String parentRegistryId;

    /** A parent linked to three minors who have vaccinations, made for the benchmark. */
    private String parentOfThree() {
        parentRegistryId = "NM-BENCH-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Person parent = new Person();
            parent.registryId = parentRegistryId;
            parent.familyName = "Benchmark";
            parent.givenName = "Parent";
            parent.birthDate = LocalDate.of(1980, 1, 1);
            parent.sex = Person.Sex.U;
            parent.persist();
            List<Person> minors = Person.<Person> list("birthDate > ?1 order by id", LocalDate.now().minusYears(16))
                    .stream().filter(minor -> !Immunization.listCompletedForPerson(minor).isEmpty()).limit(3)
                    .toList();
            assertThat(minors).hasSize(3);
            for (Person minor : minors) {
                GuardianLink link = new GuardianLink();
                link.guardian = parent;
                link.minor = minor;
                link.relationship = GuardianLink.Relationship.LEGAL_GUARDIAN;
                link.source = GuardianLink.Source.HELP_DESK;
                link.persist();
            }
        });
        return parentRegistryId;
    }
}
