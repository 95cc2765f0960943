package org.shcportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.replicas.Replica;
import org.shcportal.replicas.ReplicaEnvironment;
import org.shcportal.replicas.RestartableDatabase;

/**
 * Faults in the middle of a launch-day load (docs/capacity.md, "Faults under load"): two replicas from the packaged
 * jar on one PostgreSQL, residents visiting through both, and then PostgreSQL restarted, and one replica killed with
 * SIGKILL. Residents see "temporarily unavailable" (503, with Retry-After) while the database is away and nothing
 * worse; the portal recovers by itself; a resident signed in on the killed replica goes on on the other; and no card
 * is half-issued, by the operators' own check (src/test/load/half-issued-cards.sql). Each test prints what it measured.
 */
@ExtendWith(FaultsUnderLoadIT.PrintLogsOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsUnderLoadIT {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** Residents visiting at once: enough to keep two replicas and PostgreSQL busy on a two-core machine. */
    static final int RESIDENTS = 6;
    /**
     * Persons each test signs in as: more than its visits, so that each visit issues cards for someone new. The demo
     * registry has about 180 adults without a linked minor whose contact no one else shares (measured).
     */
    static final int PERSONS_PER_TEST = 80;
    /** Longer than the portal's database check interval (5 s, portal.database.check-interval): both replicas see it. */
    static final Duration OUTAGE = Duration.ofSeconds(8);
    /**
     * How soon after PostgreSQL is back each replica must serve pages again: its next database check (at most 5 s
     * later) with room for a loaded machine.
     */
    static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);
    static final Duration VISITS_TIMEOUT = Duration.ofSeconds(60);
    static final String JOHN_PHONE = "+15055550101";
    /** The resident's session cookie (signin.ResidentSessions). */
    static final String SESSION_COOKIE = "__Host-session";
    static final Path HALF_ISSUED_CARDS = Path.of("src", "test", "load", "half-issued-cards.sql");
    /**
     * What a visit may get while PostgreSQL restarts: pages, redirects, "temporarily unavailable", and no answer (0), a
     * connection reset, which is counted and reported.
     */
    static final Set<Integer> ALLOWED = Set.of(200, 303, 503, 0);

    @TempDir
    static Path folder;

    private static RestartableDatabase database;
    private static Replica a;
    private static Replica b;
    private static SignInCodes codes;
    private static List<Map<String, Object>> people;

    @BeforeAll
    static void twoReplicasOnOneDatabase() {
        database = RestartableDatabase.startIn(folder);
        Map<String, String> environment = new HashMap<>(ReplicaEnvironment.of(database.datasource(),
                folder.resolve("secrets")));
        // Every simulated resident comes from this machine's one address.
        environment.put("PORTAL_SIGN_IN_LIMITS_PER_IP", LaunchDayEnvironment.ONE_ADDRESS_FOR_ALL);
        Map<String, String> withDemoData = new HashMap<>(environment);
        withDemoData.put("PORTAL_DEMO_DATA_ENABLED", "true");
        a = Replica.start("faults-a", withDemoData);
        b = Replica.start("faults-b", environment);
        a.awaitReady(START_TIMEOUT);
        b.awaitReady(START_TIMEOUT);
        Map<String, String> datasource = database.datasource();
        String url = datasource.get("quarkus.datasource.jdbc.url");
        String user = datasource.get("quarkus.datasource.username");
        String password = datasource.get("quarkus.datasource.password");
        codes = new SignInCodes(url, user, password);
        people = new ArrayList<>();
        RegistryPeople.read(url, user, password, Integer.MAX_VALUE, 0).residents().forEachRemaining(person -> {
            if (!JOHN_PHONE.equals(person.get("contact"))) {
                people.add(person);
            }
        });
        assertThat(people).as("generated persons to sign in as").hasSizeGreaterThanOrEqualTo(2 * PERSONS_PER_TEST);
    }

    @AfterAll
    static void stop() {
        try (RestartableDatabase postgres = database; Replica first = a; Replica second = b) {
            // closed in reverse order, each even when another fails
        }
    }

    @Test
    @Order(1)
    void postgresRestartedUnderLoadShowsUnavailableThenRecoversByItselfWithNothingHalfIssued() {
        long cardsBefore = issuedCards();
        long stopped;
        long up;
        ResidentVisits visits = ResidentVisits.start(RESIDENTS, List.of(a, b), people.subList(0, PERSONS_PER_TEST),
                codes);
        try (visits) {
            assertThat(visits.awaitCompleted(RESIDENTS, VISITS_TIMEOUT)).as("visits before the restart").isTrue();
            stopped = System.nanoTime();
            database.stop();
            pause(OUTAGE);
            database.start();
            up = System.nanoTime();
            assertThat(visits.awaitCompleted(RESIDENTS, VISITS_TIMEOUT)).as("visits after the restart").isTrue();
        }

        List<ResidentVisits.Outcome> all = visits.outcomes(outcome -> true);
        List<ResidentVisits.Outcome> unavailable = visits.outcomes(outcome -> outcome.status() == 503);
        Map<String, Double> recovery = new TreeMap<>();
        long lateUnavailable = 0;
        for (Replica replica : List.of(a, b)) {
            Predicate<ResidentVisits.Outcome> on = outcome -> outcome.replica().equals(replica.name());
            long back = visits.outcomes(on.and(outcome -> outcome.status() == 200 && outcome.sentNanos() >= up))
                    .stream().mapToLong(ResidentVisits.Outcome::answeredNanos).min().orElse(Long.MAX_VALUE);
            recovery.put(replica.name(), back == Long.MAX_VALUE ? Double.NaN : (back - up) / 1e9);
            lateUnavailable += visits.outcomes(on.and(outcome -> outcome.status() == 503 && outcome.sentNanos() > back))
                    .size();
        }
        long cardsIssued = issuedCards() - cardsBefore;
        System.out.printf("PostgreSQL restart under load: down %.1f s; %d requests: %s; first page after PostgreSQL "
                + "was back, in seconds: %s; 503 answers after that first page: %d; visits completed %d, given up %d; "
                + "cards issued %d%n", (up - stopped) / 1e9, all.size(), statuses(all), recovery, lateUnavailable,
                visits.completed(), visits.givenUp(), cardsIssued);

        assertThat(all).as("every answer a page, a redirect or 503 (0: none): %s", statuses(all))
                .allMatch(outcome -> ALLOWED.contains(outcome.status()));
        assertThat(all).as("answers the visit did not expect, other than 503")
                .filteredOn(outcome -> !outcome.expected() && outcome.status() != 503).isEmpty();
        assertThat(unavailable).as("pages while PostgreSQL was down").isNotEmpty()
                .allMatch(ResidentVisits.Outcome::retryAfter, "says when to try again (Retry-After)");
        assertThat(recovery.values()).as("seconds until each replica served a page again")
                .allMatch(seconds -> seconds <= RECOVERY_BOUND.toSeconds());
        assertThat(visits.givenUp()).as("visits that gave up").isZero();
        assertThat(cardsIssued).as("cards issued during the load").isPositive();
        assertThat(halfIssuedCards()).isEmpty();
    }

    @Test
    @Order(2)
    void oneReplicaKilledUnderLoadLeavesTheOtherServingTheSameSessionsWithNothingHalfIssued() {
        ResidentBrowser john = signedInOn(a, Map.of("givenName", "John", "familyName", "Anyperson", "birthMonth", "1",
                "birthDay", "20", "birthYear", "1951", "contact", "505-555-0101", "attest", "yes"), JOHN_PHONE);
        String session = john.cookie(SESSION_COOKIE);
        assertThat(session).isNotNull();
        long cardsBefore = issuedCards();
        long killed;
        ResidentVisits visits = ResidentVisits.start(RESIDENTS, List.of(a, b),
                people.subList(PERSONS_PER_TEST, 2 * PERSONS_PER_TEST), codes);
        try (visits) {
            assertThat(visits.awaitCompleted(RESIDENTS, VISITS_TIMEOUT)).as("visits before the kill").isTrue();
            killed = System.nanoTime();
            a.kill();
            visits.withdraw(a);
            assertThat(visits.awaitCompleted(RESIDENTS, VISITS_TIMEOUT)).as("visits after the kill").isTrue();
        }

        Predicate<ResidentVisits.Outcome> onA = outcome -> outcome.replica().equals(a.name());
        List<ResidentVisits.Outcome> onB = visits.outcomes(onA.negate());
        List<ResidentVisits.Outcome> lost = visits.outcomes(onA.and(outcome -> !outcome.answered()));
        List<ResidentVisits.Outcome> afterKill = visits.outcomes(onA.negate().and(o -> o.sentNanos() >= killed));
        long cardsIssued = issuedCards() - cardsBefore;
        System.out.printf("Replica killed under load: replica a %s, replica b %s; requests in flight on a when it was "
                + "killed, unanswered: %d (%s); requests to b after the kill: %d; visits completed %d, given up %d; "
                + "cards issued %d%n", statuses(visits.outcomes(onA)), statuses(onB), lost.size(),
                lost.stream().map(ResidentVisits.Outcome::step).collect(Collectors.joining(", ")), afterKill.size(),
                visits.completed(), visits.givenUp(), cardsIssued);

        assertThat(a.isAlive()).isFalse();
        assertThat(onB).as("every request to the surviving replica answered as the visit expected").isNotEmpty()
                .allMatch(ResidentVisits.Outcome::expected);
        assertThat(afterKill).as("requests to the surviving replica after the kill").isNotEmpty();
        assertThat(visits.outcomes(onA.and(ResidentVisits.Outcome::answered)))
                .as("answers of the killed replica before it died").allMatch(ResidentVisits.Outcome::expected);
        ResidentBrowser.Answer account = john.get(b.url("/account")).orElseThrow();
        assertThat(account.status()).as("John's session, made on the killed replica, on the other").isEqualTo(200);
        assertThat(account.body()).contains("Signed in as John Anyperson");
        assertThat(john.cookie(SESSION_COOKIE)).isEqualTo(session);
        assertThat(cardsIssued).as("cards issued during the load").isPositive();
        assertThat(halfIssuedCards()).isEmpty();
    }

    /** A resident signed in on {@code replica} with the code the portal queued for {@code phone}. */
    private static ResidentBrowser signedInOn(Replica replica, Map<String, String> details, String phone) {
        ResidentBrowser browser = new ResidentBrowser();
        browser.get(replica.url("/sign-in")).orElseThrow();
        assertThat(browser.post(replica.url("/sign-in"), details).orElseThrow().status()).isEqualTo(303);
        String code = codes.codeFor(phone).orElseThrow();
        browser.get(replica.url("/sign-in/code")).orElseThrow();
        ResidentBrowser.Answer signedIn = browser.post(replica.url("/sign-in/code"), Map.of("code", code))
                .orElseThrow();
        assertThat(signedIn.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(
                "/account"));
        return browser;
    }

    /** The rows of the operators' check for half-issued cards (src/test/load/half-issued-cards.sql). */
    private static List<String> halfIssuedCards() {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(Files.readString(HALF_ISSUED_CARDS))) {
            List<String> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(row.getString("problem") + ": person " + row.getLong("person_id") + " at "
                        + row.getString("at") + ", " + row.getInt("cards") + " cards");
            }
            return rows;
        } catch (SQLException | IOException e) {
            throw new AssertionError("Running " + HALF_ISSUED_CARDS + " failed", e);
        }
    }

    private static long issuedCards() {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM issued_card")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("Counting the issued cards failed", e);
        }
    }

    /** How many answers had each status; 0 counts the requests that got no answer. */
    private static Map<Integer, Long> statuses(List<ResidentVisits.Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(ResidentVisits.Outcome::status, TreeMap::new,
                Collectors.counting()));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failed test shows the end of each replica's log (the whole logs stay in target/replicas/). */
    static class PrintLogsOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (Replica replica : new Replica[] { a, b }) {
                if (replica != null) {
                    System.err.printf("--- last lines of replica %s ---%n%s%n", replica.name(), replica.logTail(80));
                }
            }
        }
    }
}
