package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.sessions.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StaffSignInTest {

    @Inject
    StaffMessages messages;

    @Test
    void anAgentSignsInWithUsernameAndPasswordAndSignsOut() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");

        var signedIn = browser.post("/helpdesk/sign-in", Map.of("username", " " + username.toUpperCase() + " ",
                "password", TestStaff.PASSWORD));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/helpdesk");
        String cookie = signedIn.getDetailedCookie("__Host-staff-session").toString();
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(browser.get("/helpdesk").asString()).contains(username).contains("Agent");
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_SIGNED_IN);
        assertThat(AuditTrail.lastBy(username).actorRole).isEqualTo("AGENT");

        String token = browser.cookie("__Host-staff-session");
        browser.post("/helpdesk/sign-out", Map.of());
        Browser copied = new Browser();
        copied.setCookie("__Host-staff-session", token);
        assertThat(copied.get("/helpdesk").header("Location")).endsWith("/helpdesk/sign-in?ended=1");
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_SIGNED_OUT);
    }

    @Test
    void withoutAStaffSessionHelpDeskPagesSendToTheStaffSignIn() {
        Browser resident = new Browser();
        resident.setCookie(TestSessions.COOKIE, TestSessions.signIn("NM-000001"));

        assertThat(resident.get("/helpdesk").statusCode()).isEqualTo(303);
        assertThat(resident.get("/helpdesk").header("Location")).endsWith("/helpdesk/sign-in");
    }

    @Test
    void aStaffSessionIsNotAResidentSession() {
        Browser staff = TestStaff.signedIn(StaffRole.SUPERVISOR);

        assertThat(staff.get("/account").header("Location")).endsWith("/sign-in");
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");

        var wrongPassword = browser.post("/helpdesk/sign-in", Map.of("username", username, "password",
                "not the password at all"));
        var unknown = browser.post("/helpdesk/sign-in", Map.of("username", "nobody-here", "password",
                "not the password at all"));

        assertThat(wrongPassword.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(wrongPassword.asString()).contains(messages.signin_error_wrong());
        assertThat(unknown.asString()).contains(messages.signin_error_wrong());
        assertThat(browser.cookie("__Host-staff-session")).isNull();
        assertThat(AuditTrail.lastBy(username).reason).isEqualTo("WRONG_PASSWORD");
    }

    @Test
    void fiveWrongPasswordsMakeTheAccountWaitEvenForTheRightPasswordAndAreAudited() {
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.post("/helpdesk/sign-in", Map.of("username", username, "password", "guess number " + attempt));
        }
        var rightPassword = browser.post("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD));

        assertThat(rightPassword.statusCode()).isEqualTo(400);
        assertThat(rightPassword.asString()).contains("Too many failed sign-ins with this username. Wait until");
        assertThat(browser.cookie("__Host-staff-session")).isNull();
        List<AuditAction> actions = AuditTrail.actionsOf(username);
        assertThat(actions).containsSubsequence(AuditAction.STAFF_SIGN_IN_FAILED, AuditAction.STAFF_LOCKED_OUT,
                AuditAction.STAFF_SIGN_IN_FAILED);
        assertThat(AuditTrail.lastBy(username).reason).isEqualTo("LOCKED");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEnd() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = TestStaff.signIn(username);

        QuarkusTransaction.requiringNew().run(() -> {
            StaffAccount account = StaffAccount.findByUsername(username).orElseThrow();
            io.quarkus.arc.Arc.container().select(StaffAccounts.class).get().disable(account.id,
                    org.shcportal.audit.Actor.staff("some-admin", "ADMIN"));
        });

        assertThat(browser.get("/helpdesk").header("Location")).contains("/helpdesk/sign-in");
        Browser again = new Browser();
        again.get("/helpdesk/sign-in");
        assertThat(again.post("/helpdesk/sign-in", Map.of("username", username, "password", TestStaff.PASSWORD))
                .statusCode()).isEqualTo(400);
        assertThat(AuditTrail.lastBy(username).reason).isEqualTo("DISABLED");
    }

    @Test
    void housekeepingForgetsSignedOutAndTimedOutSessionsOnly() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser signedOut = TestStaff.signIn(username);
        String signedOutToken = signedOut.cookie("__Host-staff-session");
        signedOut.post("/helpdesk/sign-out", Map.of());
        String oldToken = TestStaff.signIn(username).cookie("__Host-staff-session");
        QuarkusTransaction.requiringNew().run(() -> StaffSession.update("createdAt = ?1 where tokenHash = ?2",
                Instant.now().minus(Duration.ofHours(11)), Tokens.hash(oldToken)));
        Browser live = TestStaff.signIn(username);

        QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container().select(StaffSessions.class).get()
                .forgetEnded());

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(StaffSession.findByToken(signedOutToken)).isEmpty();
            assertThat(StaffSession.findByToken(oldToken)).isEmpty();
        });
        assertThat(live.get("/helpdesk/account").statusCode()).isEqualTo(200);
    }

    @Test
    void withTwoStepOnTheAuthenticatorCodeIsNeeded() {
        String username = TestStaff.create(StaffRole.AGENT);
        String secret = QuarkusTransaction.requiringNew().call(() -> {
            StaffAccount account = StaffAccount.findByUsername(username).orElseThrow();
            StaffAccounts accounts = io.quarkus.arc.Arc.container().select(StaffAccounts.class).get();
            String shown = accounts.startTwoStep(account.id);
            assertThat(accounts.enableTwoStep(account.id, TwoStepCodes.codeAt(shown, Instant.now()))).isTrue();
            return shown;
        });
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");

        var withoutCode = browser.post("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD));
        var withCode = browser.post("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD, "code", TwoStepCodes.codeAt(secret, Instant.now().plusSeconds(30))));

        assertThat(withoutCode.statusCode()).isEqualTo(400);
        assertThat(withCode.statusCode()).isEqualTo(303);
    }

    /** RFC 6238 §5.2: a code accepted once is not accepted again, from this address or another. */
    @Test
    void anAuthenticatorCodeSignsInOnceOnly() {
        String username = TestStaff.create(StaffRole.AGENT);
        Instant start = Instant.now();
        String secret = QuarkusTransaction.requiringNew().call(() -> {
            StaffAccounts accounts = io.quarkus.arc.Arc.container().select(StaffAccounts.class).get();
            long id = StaffAccount.findByUsername(username).orElseThrow().id;
            String shown = accounts.startTwoStep(id);
            assertThat(accounts.enableTwoStep(id, TwoStepCodes.codeAt(shown, start))).isTrue();
            return shown;
        });
        String setUpCode = TwoStepCodes.codeAt(secret, start);
        String nextCode = TwoStepCodes.codeAt(secret, start.plusSeconds(30));
        Browser first = new Browser();
        first.get("/helpdesk/sign-in");
        Browser second = new Browser();
        second.get("/helpdesk/sign-in");

        var withSetUpCode = first.post("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD, "code", setUpCode));
        var signedIn = first.post("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD, "code", nextCode));
        var replayed = second.post("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD, "code", nextCode));

        assertThat(withSetUpCode.statusCode()).isEqualTo(400);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(second.cookie("__Host-staff-session")).isNull();
        assertThat(AuditTrail.lastOf(AuditAction.STAFF_SIGN_IN_FAILED).reason).isEqualTo("WRONG_CODE");
    }

    @Test
    void theSignInFormNeedsItsCsrfToken() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");

        var forged = browser.postWithoutCsrf("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(browser.cookie("__Host-staff-session")).isNull();
    }
}
