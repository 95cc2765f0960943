package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.DelayingProxy;
import org.shcportal.fixtures.TestSessions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A database that answers every query, each 6 s late (longer than a page waits for one answer, 5 s): under a burst of
 * visitors the portal answers every request within its timeouts, with its records page or the "temporarily
 * unavailable" page, never an error page; once it knows, it holds no request waiting on the database; and it serves
 * pages again as soon as the database is fast again. The timeouts are production's.
 */
@QuarkusTest
@TestProfile(SlowDatabaseTest.ThroughDelayingProxy.class)
class SlowDatabaseTest {

    static final Duration DELAY = Duration.ofSeconds(6);
    /**
     * The longest a visitor may wait: the pool's acquisition timeout (5 s) and then one round trip up to
     * portal.database.page-query-timeout (5 s), or a new connection's connect timeout (3 s), and 5 s of margin for
     * a loaded machine.
     */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(15);
    /**
     * Once the portal knows the database is slow, pages and readiness answer without asking it: within the chart's
     * probe timeout (3 s, helm/shc-portal/values.yaml).
     */
    static final Duration KNOWN_SLOW_BOUND = Duration.ofSeconds(2);
    /** Back to normal: the next availability check (1 s in tests) and its answer, and margin. */
    static final Duration RECOVERY_BOUND = Duration.ofSeconds(8);
    /** Twice the connection pool (20, Quarkus's default max-size). */
    static final int VISITORS = 40;
    static final int READINESS_CHECKS = 10;

    /** Set by {@link SlowDatabase}. */
    DelayingProxy proxy;

    @TestHTTPResource("/")
    URL portal;

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void fastAgain() {
        proxy.delay(Duration.ZERO);
    }

    @Test
    void aSlowDatabaseGetsClearAnswersInTimeAndThePortalRecoversAtOnce() throws Exception {
        URI records = portal.toURI().resolve("/people/" + idOf("NM-000001"));
        List<String> sessions = IntStream.range(0, VISITORS).mapToObj(i -> TestSessions.signIn("NM-000001")).toList();
        assertThat(get(records, sessions.get(0)).status()).isEqualTo(200);

        proxy.delay(DELAY);
        Burst first = burst(records, sessions);

        assertThat(first.answers()).allSatisfy(answer -> {
            assertThat(answer.took()).as(answer.toString()).isLessThan(ANSWER_BOUND);
            assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
        });
        assertThat(first.pages()).filteredOn(answer -> answer.status() == 503).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.retryAfter()).isEqualTo("30");
            assertThat(answer.body()).contains("Temporarily unavailable");
        });

        Burst second = burst(records, sessions);

        assertThat(second.pages()).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.took()).as(answer.toString()).isLessThan(KNOWN_SLOW_BOUND);
        });
        assertThat(second.readiness()).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.took()).as(answer.toString()).isLessThan(KNOWN_SLOW_BOUND);
        });
        assertThat(second.threads().waitingOnDatabase()).isZero();

        proxy.delay(Duration.ZERO);
        long fastAgain = System.nanoTime();
        Awaitility.await().atMost(RECOVERY_BOUND).pollInterval(Duration.ofMillis(100))
                .until(() -> get(records, sessions.get(1)).status() == 200);
        Duration recovered = Duration.ofNanos(System.nanoTime() - fastAgain);
        assertThat(get(readiness.toURI(), null).status()).isEqualTo(200);
        System.out.printf("Slow database (%s per answer): first burst slowest %s, %d of %d pages served, %s; second"
                + " burst slowest page %s, slowest readiness %s, %s; pages again %d ms after the database was fast%n",
                DELAY, first.slowest(), first.pages().stream().filter(a -> a.status() == 200).count(), VISITORS,
                first.threads(), Burst.slowest(second.pages()), Burst.slowest(second.readiness()), second.threads(),
                recovered.toMillis());
    }

    /** Every visitor opens the records page and the cluster checks readiness, all at once. */
    private Burst burst(URI records, List<String> sessions) throws URISyntaxException {
        RequestsWaitingOnDatabase waiting = new RequestsWaitingOnDatabase();
        List<CompletableFuture<Answer>> pages = sessions.stream().map(session -> getAsync(records, session)).toList();
        URI ready = readiness.toURI();
        List<CompletableFuture<Answer>> checks = IntStream.range(0, READINESS_CHECKS)
                .mapToObj(i -> getAsync(ready, null)).toList();
        return new Burst(pages.stream().map(CompletableFuture::join).toList(),
                checks.stream().map(CompletableFuture::join).toList(), waiting.stop());
    }

    private Answer get(URI uri, String session) {
        return getAsync(uri, session).join();
    }

    private CompletableFuture<Answer> getAsync(URI uri, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(ANSWER_BOUND.multipliedBy(2));
        if (session != null) {
            request.header("Cookie", TestSessions.COOKIE + "=" + session);
        }
        long start = System.nanoTime();
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (failure != null) {
                return new Answer(uri.getPath(), -1, took, null, String.valueOf(failure));
            }
            return new Answer(uri.getPath(), response.statusCode(), took,
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        });
    }

    /** One answer, or status -1 for none. */
    record Answer(String path, int status, Duration took, String retryAfter, String body) {
        @Override
        public String toString() {
            return path + " answered " + status + " after " + took.toMillis() + " ms";
        }
    }

    /** The most request threads waiting on the database at once, and the most worker threads alive. */
    record Counts(int waitingOnDatabase, int workers) {
    }

    record Burst(List<Answer> pages, List<Answer> readiness, Counts threads) {
        List<Answer> answers() {
            List<Answer> all = new ArrayList<>(pages);
            all.addAll(readiness);
            return all;
        }

        Duration slowest() {
            return slowest(answers());
        }

        static Duration slowest(List<Answer> answers) {
            return answers.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
        }
    }

    /**
     * Counts, every 20 ms, the portal's threads that serve a request (Quarkus REST) and wait on the database (a JDBC
     * read or the pool), and keeps the highest count.
     */
    static final class RequestsWaitingOnDatabase {

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final AtomicInteger most = new AtomicInteger();
        private final AtomicInteger mostWorkers = new AtomicInteger();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        RequestsWaitingOnDatabase() {
            sampler.scheduleAtFixedRate(this::sample, 0, 20, TimeUnit.MILLISECONDS);
        }

        Counts stop() {
            sampler.shutdownNow();
            return new Counts(most.get(), mostWorkers.get());
        }

        private void sample() {
            ThreadInfo[] all = threads.dumpAllThreads(false, false);
            int waiting = (int) Arrays.stream(all).filter(RequestsWaitingOnDatabase::servesRequestWaitingOnDatabase)
                    .count();
            int workers = (int) Arrays.stream(all).filter(t -> t.getThreadName().startsWith("executor-thread")).count();
            most.accumulateAndGet(waiting, Math::max);
            mostWorkers.accumulateAndGet(workers, Math::max);
        }

        private static boolean servesRequestWaitingOnDatabase(ThreadInfo thread) {
            List<String> frames = Arrays.stream(thread.getStackTrace()).map(StackTraceElement::getClassName).toList();
            return frames.stream().anyMatch(name -> name.startsWith("org.jboss.resteasy.reactive.server"))
                    && frames.stream().anyMatch(name -> name.startsWith("org.postgresql") || name.startsWith("io.agroal"));
        }
    }

    /** The embedded database behind a {@link DelayingProxy}, for this test only. */
    public static class ThroughDelayingProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SlowDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
