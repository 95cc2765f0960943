package org.shcportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shcportal.fixtures.TestSessions;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The server's CPU for one resident's visit after sign-in, as the launch-day simulation makes it: home, the sign-in
 * form, the records page, the cards page (which issues the person's cards on their first view), one card's PDF and
 * its {@code .smart-health-card} file, each visit as another person of the demo dataset who never visited before,
 * signed in without the code steps (a session started directly, as {@code TestSessions} does).
 * Reports per visit the portal JVM's CPU (the process's, less the test's own client threads), its PostgreSQL's
 * (postmaster and backends, from {@code /proc}), the statements PostgreSQL ran (pg_stat_statements) and the
 * transactions it committed. Skipped unless {@code -Dbenchmark=true}:
 * {@code ./mvnw -B -q test -Dtest=ResidentVisitBenchmark -Dbenchmark=true [-Dbenchmark.visits=N]}; writes
 * {@code target/benchmarks/resident-visit.txt}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ResidentVisitBenchmark {

    /** Visits before the measured ones, for the JIT and the connection pools. */
    private static final int WARM_UP = 150;
    /** Linux's clock ticks per second for /proc/[pid]/stat times (USER_HZ, proc(5)). */
    private static final double TICKS_PER_SECOND = 100;
    /** utime and stime are the 14th and 15th fields of /proc/[pid]/stat (proc(5)), at this index and the next. */
    private static final int UTIME_FIELD = 13;

    private static final Pattern CARD_PDF = Pattern.compile("href=\"(/people/\\d+/cards/[a-z0-9-]+)\\.pdf\"");

    @TestHTTPResource("/")
    URI portal;

    /** A light client: its threads' CPU is taken off the JVM's. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void residentVisits() throws Exception {
        int visits = Integer.getInteger("benchmark.visits", 300);
        List<Long> persons = persons(WARM_UP + visits);
        for (int i = 0; i < WARM_UP; i++) {
            visit(persons.get(i));
        }
        long postmaster = postmaster();
        resetStatements();
        long[] before = { processCpu(), clientCpu(), postgresTicks(postmaster), commits() };
        for (int i = WARM_UP; i < WARM_UP + visits; i++) {
            visit(persons.get(i));
        }
        long[] after = { processCpu(), clientCpu(), postgresTicks(postmaster), commits() };
        double jvm = ((after[0] - before[0]) - (after[1] - before[1])) / 1e6 / visits;
        double postgres = (after[2] - before[2]) * 1000 / TICKS_PER_SECOND / visits;
        String report = String.format("resident visit after sign-in, %d visits: JVM %.1f ms CPU, PostgreSQL %.1f ms CPU, "
                + "%.1f statements, %.1f transactions per visit%n", visits, jvm, postgres,
                statements() / (double) visits, (after[3] - before[3]) / (double) visits) + topStatements(visits);
        System.out.print(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "resident-visit.txt"), report);
    }

    private void visit(long personId) throws Exception {
        String session = TestSessions.signIn(QuarkusTransaction.requiringNew().call(() -> registryId(personId)));
        get(null, "/");
        get(null, "/sign-in");
        get(session, "/people/" + personId);
        Matcher card = CARD_PDF.matcher(new String(get(session, "/people/" + personId + "/cards")));
        assertThat(card.find()).as("a card on the cards page of person %d", personId).isTrue();
        get(session, card.group(1) + ".pdf");
        get(session, card.group(1) + ".smart-health-card");
    }

    private byte[] get(String session, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.resolve(path));
        if (session != null) {
            request.header("Cookie", TestSessions.COOKIE + "=" + session);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Adults of the demo dataset with a completed vaccination, none of the fixed demo persons. */
    @SuppressWarnings("unchecked")
    private static List<Long> persons(int count) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> entityManager().createNativeQuery("""
                SELECT p.id FROM person p
                WHERE p.registry_id NOT LIKE 'NM-00000%' AND p.birth_date < current_date - interval '19 years'
                AND EXISTS (SELECT 1 FROM immunization i WHERE i.person_id = p.id AND i.status = 'COMPLETED')
                ORDER BY p.id DESC LIMIT ?1""").setParameter(1, count).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList());
        assertThat(ids).as("enough persons for the visits").hasSize(count);
        return ids;
    }

    private static String registryId(long personId) {
        return (String) entityManager().createNativeQuery("SELECT registry_id FROM person WHERE id = ?1")
                .setParameter(1, personId).getSingleResult();
    }

    private static long postmaster() throws Exception {
        long backend = QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager().createNativeQuery("SELECT pg_backend_pid()").getSingleResult())
                        .longValue());
        return Long.parseLong(stat(backend)[3]);
    }

    private static void resetStatements() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager().createNativeQuery("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").executeUpdate();
            entityManager().createNativeQuery("SELECT pg_stat_statements_reset()").getSingleResult();
        });
    }

    private static long statements() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager().createNativeQuery("""
                SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
                WHERE query NOT LIKE '%pg_stat%' AND query NOT LIKE '%registry_id FROM person WHERE id%'""")
                .getSingleResult()).longValue());
    }

    /** The statements run most often, with their calls per visit. */
    @SuppressWarnings("unchecked")
    private static String topStatements(int visits) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager().createNativeQuery("""
                SELECT calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements
                WHERE query NOT LIKE '%pg_stat%' ORDER BY calls DESC LIMIT 25""").getResultList());
        StringBuilder top = new StringBuilder();
        for (Object[] row : rows) {
            top.append(String.format("  %5.2f  %s%n", ((Number) row[0]).longValue() / (double) visits, row[1]));
        }
        return top.toString();
    }

    private static long commits() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager().createNativeQuery(
                "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()").getSingleResult())
                .longValue());
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The CPU of this test's own threads: the main thread and the HTTP client's. */
    private static long clientCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && (thread.getThreadName().startsWith("HttpClient")
                    || thread.getThreadId() == Thread.currentThread().getId())) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos;
    }

    /** CPU ticks of the postmaster and all its children. */
    private static long postgresTicks(long postmaster) throws Exception {
        long ticks = 0;
        List<Long> pids = new ArrayList<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            entries.map(entry -> entry.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Long::parseLong).forEach(pids::add);
        }
        for (long pid : pids) {
            String[] fields;
            try {
                fields = stat(pid);
            } catch (Exception gone) {
                continue;
            }
            if (pid == postmaster || Long.parseLong(fields[3]) == postmaster) {
                ticks += Long.parseLong(fields[UTIME_FIELD]) + Long.parseLong(fields[UTIME_FIELD + 1]);
            }
        }
        return ticks;
    }

    /** The fields of /proc/[pid]/stat, field n of proc(5) at index n - 1 (the pid and name left empty). */
    private static String[] stat(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String afterName = stat.substring(stat.lastIndexOf(')') + 2);
        String[] rest = afterName.split(" ");
        String[] fields = new String[rest.length + 2];
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    private static EntityManager entityManager() {
        return Arc.container().select(EntityManager.class).get();
    }
}
