package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Sign-in rate limits per IP address, per person matched and per contact a code goes to: a limited caller sees the
 * neutral page and gets no code.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Limits.class)
public class RateLimitTest {

    /**
     * Low limits, and a counting window of a century: windows start at multiples of their length since 1970, so an
     * hour-long window could roll over between a test's requests and forget what they counted.
     */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.sign-in.limits.per-ip", "8", "portal.sign-in.limits.per-identity", "3",
                    "portal.sign-in.limits.per-contact", "3", "portal.staff.failed-sign-ins-per-address", "4",
                    "portal.sign-in.limits.window", "P36500D");
        }
    }

    @BeforeEach
    void newWindow() {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(EntityManager.class).get()
                .createNativeQuery("DELETE FROM rate_limit_counter").executeUpdate());
    }

    @Test
    void perPersonTheFourthRequestSendsNothingHoweverTheNameIsSpelledAndWhicheverContactIsTyped() {
        LocalDate born = LocalDate.of(1982, 8, 14);
        TestResidents.create("NM-LIMIT-1", "Rosa", "Ortiz-Delgado", born,
                TestResidents.current("+15055550180", LocalDate.of(2010, 1, 1)),
                TestResidents.current("rosa.ortiz@example.org", LocalDate.of(2009, 1, 1)));
        long before = Outboxes.countFor("rosa.ortiz@example.org");
        request(SignInFlowTest.form("Rosa", "Ortiz-Delgado", born, "505 555 0180"));
        request(SignInFlowTest.form("Rosa", "Delgado", born, "rosa.ortiz@example.org"));
        request(SignInFlowTest.form("Rosa", "Ortiz", born, "505 555 0180"));

        Response limited = request(SignInFlowTest.form("ROSA", "ortiz delgado", born, "rosa.ortiz@example.org"));

        assertNeutral(limited);
        assertThat(Outboxes.countFor("rosa.ortiz@example.org")).isEqualTo(before + 1);
        assertThat(AuditTrail.lastOf(AuditAction.SIGN_IN_RATE_LIMITED).reason).isEqualTo("PER_IDENTITY");
    }

    @Test
    void detailsThatMatchNobodyUseUpNobodysAllowance() {
        LocalDate born = LocalDate.of(1990, 4, 22);
        TestResidents.create("NM-LIMIT-2", "Elena", "Sandoval", born,
                TestResidents.current("+15055550181", LocalDate.of(2015, 1, 1)));
        long before = Outboxes.countFor("+15055550181");
        for (int i = 1; i <= 3; i++) {
            request(SignInFlowTest.form("Elena", "Sandoval", born, "505 555 019" + i));
            request(SignInFlowTest.form("Someone", "Else" + (char) ('a' + i), LocalDate.of(1970, 1, i), "505 555 0181"));
        }

        Response allowed = request(SignInFlowTest.form("Elena", "Sandoval", born, "505 555 0181"));

        assertNeutral(allowed);
        assertThat(Outboxes.countFor("+15055550181")).isEqualTo(before + 1);
    }

    @Test
    void perContactTheFourthCodeToOnePhoneIsNotSentWhoeverAndWhicheverContactItWasFor() {
        LocalDate born = LocalDate.of(1958, 2, 3);
        TestResidents.create("NM-LIMIT-3", "Ana", "Sharedphone", born,
                TestResidents.current("+15055550182", LocalDate.of(2012, 1, 1)));
        TestResidents.create("NM-LIMIT-4", "Luis", "Sharedphone", born,
                TestResidents.removed("+15055550183", LocalDate.of(2001, 1, 1), LocalDate.of(2011, 1, 1)),
                TestResidents.current("+15055550182", LocalDate.of(2012, 1, 1)));
        long before = Outboxes.countFor("+15055550182");
        request(SignInFlowTest.form("Ana", "Sharedphone", born, "505 555 0182"));
        request(SignInFlowTest.form("Ana", "Sharedphone", born, "505 555 0182"));
        request(SignInFlowTest.form("Luis", "Sharedphone", born, "505 555 0183"));

        Response limited = request(SignInFlowTest.form("Luis", "Sharedphone", born, "505 555 0182"));

        assertNeutral(limited);
        assertThat(Outboxes.countFor("+15055550182")).isEqualTo(before + 3);
        assertThat(Outboxes.countFor("+15055550183")).isZero();
        assertThat(AuditTrail.lastOf(AuditAction.SIGN_IN_RATE_LIMITED).reason).isEqualTo("PER_CONTACT");
    }

    @Test
    void perIpTheNinthRequestFromOneAddressSendsNothing() {
        long before = Outboxes.countFor("+15055550103");
        for (int i = 1; i <= 8; i++) {
            request(SignInFlowTest.form("Visitor", "Number" + (char) ('a' + i), LocalDate.of(1980, 2, i),
                    "visitor" + i + "@example.org"));
        }

        Response limited = request(SignInFlowTest.form("James", "Anyperson", LocalDate.of(1951, 1, 20), "505 555 0103"));

        assertNeutral(limited);
        assertThat(Outboxes.countFor("+15055550103")).isEqualTo(before);
        assertThat(AuditTrail.lastOf(AuditAction.SIGN_IN_RATE_LIMITED).reason).isEqualTo("PER_IP");
    }

    @Test
    void resendCountsAgainstTheSameLimits() {
        Browser browser = new Browser();
        long before = Outboxes.countFor("+15055550104");
        SignInFlowTest.requestCode(browser, SignInFlowTest.form("Marisol", "Quintana-Begay", LocalDate.of(1984, 3, 9),
                "505 555 0104"));
        browser.get("/sign-in/code");
        browser.post("/sign-in/resend", Map.of());
        browser.post("/sign-in/resend", Map.of());

        Response limited = browser.post("/sign-in/resend", Map.of());

        assertThat(limited.header("Location")).endsWith("/sign-in/code?resent=1");
        assertThat(Outboxes.countFor("+15055550104")).isEqualTo(before + 3);
    }

    private static Response request(Map<String, String> form) {
        return SignInFlowTest.requestCode(new Browser(), form);
    }

    private static void assertNeutral(Response response) {
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/sign-in/code");
    }
}
