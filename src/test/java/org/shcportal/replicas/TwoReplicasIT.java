package org.shcportal.replicas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.EmbeddedPostgresResource;
import org.shcportal.fixtures.Browser;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.RidSecret;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The portal scales out (see README.md): two replicas started from the packaged jar as production starts them,
 * with nothing in common but one PostgreSQL, the signing key and the rid secret. A resident goes back and forth
 * between them as a load balancer without sticky sessions would send them: a sign-in code asked for on one works on
 * the other, one session serves both, rate limits count both, and a revocation is in both replicas' lists at once.
 */
@ExtendWith(TwoReplicasIT.PrintLogsOnFailure.class)
class TwoReplicasIT {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    static final int IDENTITY_LIMIT = 3;
    static final String JOHN_PHONE = "+15055550101";
    static final String JAMES_PHONE = "+15055550103";
    static final String JANE = "NM-000002";
    static final String ISSUER = ReplicaEnvironment.ISSUER;
    static final String JANE_PHONE = "+15055550102";
    private static final Pattern OUTBOX_ROW = Pattern.compile(
            "<tr id=\"message-\\d+\">\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>.*?"
                    + "<pre class=\"message-body\">(.*?)</pre>",
            Pattern.DOTALL);
    private static final Pattern SHLINK = Pattern.compile("#shlink:/([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final Pattern OWN_RECORDS = Pattern.compile("href=\"/people/(\\d+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @TempDir
    static Path secrets;

    private static EmbeddedPostgresResource database;
    private static Map<String, String> datasource;
    private static String kid;
    private static RidSecret ridSecret;
    private static Replica a;
    private static Replica b;

    @BeforeAll
    static void twoReplicasOnOneDatabase() {
        database = new EmbeddedPostgresResource();
        datasource = database.start();
        Map<String, String> withDemoData = new HashMap<>(environment());
        kid = DevKeyRing.loadOrCreate(secrets.resolve("keys")).active().kid();
        ridSecret = RidSecret.loadOrCreate(secrets.resolve("rid-secret"));
        withDemoData.put("PORTAL_DEMO_DATA_ENABLED", "true");
        // Both start at once on the empty database, as a new deployment's replicas do: Flyway serialises the migration.
        a = Replica.start("a", withDemoData);
        b = Replica.start("b", environment());
        a.awaitReady(START_TIMEOUT);
        b.awaitReady(START_TIMEOUT);
        // A database given by TEST_DB_URL may hold the counters of an earlier run within the hour.
        update("DELETE FROM rate_limit_counter");
    }

    @AfterAll
    static void stop() {
        try (Replica first = a; Replica second = b) {
            // closed in reverse order, each even when the other fails
        } finally {
            database.stop();
        }
    }

    @Test
    void aCodeAskedForOnOneReplicaSignsInOnTheOtherAndTheSessionServesBoth() {
        Browser browser = new Browser();
        browser.get(b.url("/sign-in"));
        Response asked = browser.post(a.url("/sign-in"), form("John", "Anyperson", "1", "20", "1951", "505-555-0101"));
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.header("Location")).endsWith("/sign-in/code");

        browser.get(b.url("/sign-in/code"));
        Response signedIn = browser.post(b.url("/sign-in/code"), Map.of("code", codeInOutboxOf(b, JOHN_PHONE)));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/account");
        String account = page(browser, a, "/account");
        assertThat(account).contains("Signed in as John Anyperson");
        String john = "/people/" + group(OWN_RECORDS, account);
        assertThat(page(browser, b, john)).contains("John B. Anyperson", "ABC General Hospital");
        assertThat(page(browser, a, john + "/cards")).contains("COVID-19");
        Response fromB = browser.get(b.url(john + "/cards/covid-19.smart-health-card"));
        Response fromA = browser.get(a.url(john + "/cards/covid-19.smart-health-card"));
        assertThat(fromB.statusCode()).isEqualTo(200);
        assertThat(fromB.contentType()).isEqualTo("application/smart-health-card");
        assertThat(fromA.asString()).as("one issued card, whichever replica gives it out").isEqualTo(fromB.asString());

        Response signedOut = browser.post(a.url("/sign-out"), Map.of());

        assertThat(signedOut.header("Location")).endsWith("/signed-out");
        Response afterSignOut = browser.get(b.url("/account"));
        assertThat(afterSignOut.statusCode()).isEqualTo(303);
        assertThat(afterSignOut.header("Location")).contains("/sign-in");
    }

    @Test
    void signInRequestsCountedOnOneReplicaAreLimitedOnTheOther() {
        Map<String, String> james = form("James", "Anyperson", "1", "20", "1951", "505 555 0103");
        long sent = count("SELECT count(*) FROM outbound_message WHERE recipient = ?", JAMES_PHONE);
        for (int i = 0; i < IDENTITY_LIMIT; i++) {
            assertNeutral(requestCode(a, james));
        }
        assertThat(count("SELECT count(*) FROM outbound_message WHERE recipient = ?", JAMES_PHONE))
                .isEqualTo(sent + IDENTITY_LIMIT);

        Response limited = requestCode(b, james);

        assertNeutral(limited);
        assertThat(count("SELECT count(*) FROM outbound_message WHERE recipient = ?", JAMES_PHONE))
                .isEqualTo(sent + IDENTITY_LIMIT);
        assertThat(text("SELECT reason FROM audit_event WHERE action = ? ORDER BY id DESC LIMIT 1",
                "SIGN_IN_RATE_LIMITED")).isEqualTo("PER_IDENTITY");
    }

    @Test
    void aRevocationIsInTheOtherReplicasListAtOnceAndItsCheckSaysRevoked() {
        Browser browser = new Browser();
        browser.get(a.url("/sign-in"));
        browser.post(a.url("/sign-in"), form("Jane", "Anyperson", "1", "20", "1961", "505-555-0102"));
        browser.get(a.url("/sign-in/code"));
        browser.post(a.url("/sign-in/code"), Map.of("code", codeInOutboxOf(a, JANE_PHONE)));
        String cardPath = "/people/" + group(OWN_RECORDS, page(browser, a, "/account")) + "/cards/mpox.smart-health-card";
        String card = browser.get(a.url(cardPath)).asString();
        assertThat(crlVersionIn(a)).as("no crlVersion before the first revocation").isNull();
        assertThat(crlVersionIn(b)).isNull();
        int version = crlOf(b).getInt("ctr");
        assertThat(checkOn(b, card)).contains("Valid card");
        String rid = ridSecret.rid(kid, JANE);
        assertThat(crlOf(b).getList("rids", String.class)).noneMatch(entry -> entry.startsWith(rid));

        Replica.Command revoke = Replica.run("revoke", environment(), START_TIMEOUT, "revoke", "--person", JANE,
                "--before", "now");

        assertThat(revoke.status()).as(revoke.output()).isZero();
        JsonPath crl = crlOf(b);
        assertThat(crl.getInt("ctr")).isEqualTo(version + 1).isEqualTo(crlVersionIn(b)).isEqualTo(crlVersionIn(a));
        assertThat(crl.getList("rids", String.class)).isNotEmpty();
        String entry = crl.getList("rids", String.class).stream().filter(listed -> listed.startsWith(rid + "."))
                .findFirst().orElseThrow();
        assertThat(checkOn(b, card)).contains("has withdrawn this card (it is revoked)");
        awaitPast(Instant.ofEpochSecond(Long.parseLong(entry.substring(rid.length() + 1))));
        String reissued = browser.get(b.url(cardPath)).asString();
        assertThat(reissued).isNotEqualTo(card);
        assertThat(checkOn(a, reissued)).contains("Valid card");
    }

    @Test
    void aHealthLinkMadeOnOneReplicaCountsItsPasscodeAttemptsAndTicketsOnBothAndStopsOnBoth() {
        Browser browser = new Browser();
        browser.get(a.url("/sign-in"));
        browser.post(a.url("/sign-in"), form("Jane", "Anyperson", "1", "20", "1961", "505-555-0102"));
        browser.get(a.url("/sign-in/code"));
        browser.post(a.url("/sign-in/code"), Map.of("code", codeInOutboxOf(a, JANE_PHONE)));
        String links = "/people/" + group(OWN_RECORDS, page(browser, a, "/account")) + "/links";
        browser.get(a.url(links + "/new"));
        Response made = browser.post(a.url(links), Map.of("content", "ALL_CARDS", "passcode", "camp-2026",
                "expiry", "WEEK", "label", "Summer camp"));
        assertThat(made.statusCode()).isEqualTo(303);
        String link = made.header("Location").substring(made.header("Location").indexOf(links));
        String payload = group(SHLINK, page(browser, b, link));
        String manifest = new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("url").replace(ISSUER, "");

        int afterA = manifestOn(a, manifest, "wrong-one", null).then().statusCode(401).extract()
                .path("remainingAttempts");
        int afterB = manifestOn(b, manifest, "wrong-two", null).then().statusCode(401).extract()
                .path("remainingAttempts");

        assertThat(List.of(afterA, afterB)).as("one count for the link, whichever replica answers")
                .containsExactly(4, 3);
        String location = manifestOn(b, manifest, "camp-2026", 10).then().statusCode(200).extract()
                .path("files[0].location");
        String ticket = location.replace(ISSUER, "");
        Response fetched = given().get(a.url(ticket));
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.contentType()).startsWith("application/jose");
        assertThat(given().get(b.url(ticket)).statusCode()).as("a location URL serves once, on any replica")
                .isEqualTo(404);

        browser.get(b.url(link + "/deactivate"));
        assertThat(browser.post(b.url(link + "/deactivate"), Map.of()).statusCode()).isEqualTo(303);

        assertThat(manifestOn(a, manifest, "camp-2026", null).statusCode()).isEqualTo(404);
    }

    private static Response manifestOn(Replica replica, String path, String passcode, Integer embeddedLengthMax) {
        Map<String, Object> request = new HashMap<>(Map.of("recipient", "Camp nurse", "passcode", passcode));
        if (embeddedLengthMax != null) {
            request.put("embeddedLengthMax", embeddedLengthMax);
        }
        return given().contentType("application/json").body(request).post(replica.url(path));
    }

    /** The replicas' common variables, with a small per-identity limit in a window that cannot roll over. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(ReplicaEnvironment.of(datasource, secrets));
        environment.put("PORTAL_SIGN_IN_LIMITS_PER_IDENTITY", Integer.toString(IDENTITY_LIMIT));
        // a century-long window cannot roll over between the requests the limit test counts
        environment.put("PORTAL_SIGN_IN_LIMITS_WINDOW", "P36500D");
        return environment;
    }

    private static Map<String, String> form(String given, String family, String month, String day, String year,
            String contact) {
        return Map.of("givenName", given, "familyName", family, "birthMonth", month, "birthDay", day, "birthYear", year,
                "contact", contact, "attest", "yes");
    }

    private static Response requestCode(Replica replica, Map<String, String> form) {
        Browser browser = new Browser();
        browser.get(replica.url("/sign-in"));
        return browser.post(replica.url("/sign-in"), form);
    }

    private static void assertNeutral(Response response) {
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/sign-in/code");
    }

    /** The code in the newest message to the recipient, as the replica's /dev/outbox lists it. */
    private static String codeInOutboxOf(Replica replica, String recipient) {
        Matcher row = OUTBOX_ROW.matcher(given().get(replica.url("/dev/outbox")).then().statusCode(200).extract()
                .asString());
        while (row.find()) {
            if (row.group(1).equals(recipient)) {
                return group(CODE, row.group(2));
            }
        }
        throw new AssertionError("No message to " + recipient + " at " + replica.name() + "'s /dev/outbox");
    }

    private static String page(Browser browser, Replica replica, String path) {
        Response response = browser.get(replica.url(path));
        assertThat(response.statusCode()).as("%s on replica %s", path, replica.name()).isEqualTo(200);
        return response.asString();
    }

    private static JsonPath crlOf(Replica replica) {
        return given().get(replica.url("/.well-known/crl/" + kid + ".json")).then().statusCode(200).extract()
                .jsonPath();
    }

    /** The key's {@code crlVersion} in the replica's JWKS, or null while none is published. */
    private static Integer crlVersionIn(Replica replica) {
        List<Map<String, Object>> keys = given().get(replica.url("/.well-known/jwks.json")).then().statusCode(200)
                .extract().jsonPath().getList("keys");
        Map<String, Object> key = keys.stream().filter(entry -> kid.equals(entry.get("kid"))).findFirst()
                .orElseThrow();
        return (Integer) key.get("crlVersion");
    }

    /** What the replica's "check a card" page says of a .smart-health-card file. */
    private static String checkOn(Replica replica, String file) {
        Browser visitor = new Browser();
        String form = page(visitor, replica, "/check");
        return given().cookie("csrf-token", visitor.cookie("csrf-token"))
                .multiPart("csrf-token", group(CSRF_FIELD, form))
                .multiPart("file", "card.smart-health-card", file.getBytes(StandardCharsets.UTF_8),
                        "application/smart-health-card")
                .post(replica.url("/check")).then().statusCode(200).extract().asString();
    }

    /** Cards are dated in whole seconds: a card made in the revocation's last second would be revoked too. */
    private static void awaitPast(Instant instant) {
        long wait = Duration.between(Instant.now(), instant).toMillis() + 1;
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private static long count(String sql, String parameter) {
        return Long.parseLong(text(sql, parameter));
    }

    private static String text(String sql, String parameter) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as(sql).isTrue();
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static void update(String sql) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
    }

    /** A failed test shows the end of each replica's log (the whole logs stay in target/replicas/). */
    static class PrintLogsOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (Replica replica : new Replica[] { a, b }) {
                if (replica != null) {
                    System.err.printf("--- last lines of replica %s (%s) ---%n%s%n", replica.name(),
                            Replica.LOGS.resolve(replica.name() + ".log"), replica.logTail(80));
                }
            }
        }
    }
}
