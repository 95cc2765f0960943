package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Waits and locks per username (NIST SP 800-63B §5.2.2): the same for a name no account has, so that the answers do
 * not tell who works at the help desk; growing waits instead of a lock anyone can set off, and a lock for good only
 * after 100 failures in a row. The test profile lifts the limit per network address, so every attempt here counts
 * as if it came from an address of its own.
 */
@QuarkusTest
class StaffLockoutTest {

    private static final Pattern ERROR = Pattern
            .compile("<div class=\"error-summary\"[^>]*>\\s*<h2>[^<]*</h2>\\s*<p>([^<]*)</p>");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [A-Z]+");

    @Inject
    StaffSignIn signIn;

    @Inject
    SignInThrottle throttle;

    @Inject
    StaffMessages messages;

    @Test
    void aWaitingAccountAndAnUnknownUsernameGetTheSameAnswersAndOnlyTheRightPasswordIsToldToWait() {
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        String unknown = "nobody-" + System.nanoTime() % 1_000_000;
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(errorOn(signIn(browser, username, "guess number " + attempt)))
                    .isEqualTo(messages.signin_error_wrong());
            assertThat(errorOn(signIn(browser, unknown, "guess number " + attempt)))
                    .isEqualTo(messages.signin_error_wrong());
        }

        String realWrong = errorOn(signIn(browser, username, "guess number 6"));
        String unknownWrong = errorOn(signIn(browser, unknown, "guess number 6"));
        Response realRight = signIn(browser, username, TestStaff.PASSWORD);

        assertThat(realRight.statusCode()).isEqualTo(400);
        assertThat(browser.cookie("__Host-staff-session")).isNull();
        assertThat(withoutTime(errorOn(realRight))).isEqualTo(withoutTime(messages.signin_error_wait("TIME")));
        assertThat(withoutTime(realWrong)).isEqualTo(withoutTime(unknownWrong))
                .isEqualTo(withoutTime(errorOn(realRight)));
        assertThat(failures(username)).as("attempts during a wait are not counted").isEqualTo(5);
    }

    @Test
    void eachFailureAfterTheFifthDoublesTheWaitFromThirtySecondsToAnHourAndTheRightPasswordStillSignsIn() {
        String username = TestStaff.create(StaffRole.AGENT);
        List<Long> waitSeconds = new ArrayList<>();
        for (int failure = 1; failure <= 13; failure++) {
            assertThat(signIn.signIn(username, "guess number " + failure, "").result())
                    .isEqualTo(StaffSignIn.Result.WRONG);
            waitSeconds.add(waitAfterLastFailure(username).toSeconds());
            endWait(username);
        }

        assertThat(waitSeconds).containsExactly(0L, 0L, 0L, 0L, 30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L,
                3600L);
        assertThat(signIn.signIn(username, TestStaff.PASSWORD, "").result()).isEqualTo(StaffSignIn.Result.SIGNED_IN);
        assertThat(QuarkusTransaction.requiringNew().call(() -> throttle.of(username))).isEmpty();
    }

    @Test
    void aHundredFailuresInARowLockAUsernameUntilAnAdminUnlocksItWhetherAnAccountHasItOrNot() {
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        String unknown = "nobody-" + System.nanoTime() % 1_000_000;
        for (String name : List.of(username, unknown)) {
            setFailures(name, 98);
            assertThat(signIn.signIn(name, "guess number 99", "").result()).isEqualTo(StaffSignIn.Result.WRONG);
            endWait(name);
            assertThat(signIn.signIn(name, "guess number 100", "").result()).isEqualTo(StaffSignIn.Result.WRONG);
            endWait(name);
        }
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");

        Response rightPassword = signIn(browser, username, TestStaff.PASSWORD);
        Response unknownName = signIn(browser, unknown, TestStaff.PASSWORD);

        assertThat(rightPassword.statusCode()).isEqualTo(400);
        assertThat(errorOn(rightPassword)).isEqualTo(messages.signin_error_locked()).isEqualTo(errorOn(unknownName));
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        assertThat(admin.get("/helpdesk/staff").asString()).contains("Locked after 100 failed sign-ins");
        assertThat(admin.post("/helpdesk/staff/" + StaffAdminTest.account(username).id + "/unlock", Map.of())
                .statusCode()).isEqualTo(303);
        TestStaff.signIn(username);
    }

    @Test
    void wrongCurrentPasswordsOnMyAccountCountAsFailedSignIns() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = TestStaff.signIn(username);
        browser.get("/helpdesk/account");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Response wrong = browser.post("/helpdesk/account/password", Map.of("current-password",
                    "guess number " + attempt, "new-password", "a fresh long passphrase", "new-password-again",
                    "a fresh long passphrase"));
            assertThat(wrong.asString()).contains(messages.account_error_current_wrong());
        }

        Response sixth = browser.post("/helpdesk/account/password", Map.of("current-password", TestStaff.PASSWORD,
                "new-password", "a fresh long passphrase", "new-password-again", "a fresh long passphrase"));
        Browser elsewhere = new Browser();
        elsewhere.get("/helpdesk/sign-in");
        Response signInElsewhere = signIn(elsewhere, username, TestStaff.PASSWORD);

        assertThat(sixth.statusCode()).isEqualTo(400);
        assertThat(withoutTime(sixth.asString())).contains(withoutTime(messages.account_error_wait("TIME")));
        assertThat(signInElsewhere.statusCode()).isEqualTo(400);
        assertThat(withoutTime(errorOn(signInElsewhere))).isEqualTo(withoutTime(messages.signin_error_wait("TIME")));
    }

    private static Response signIn(Browser browser, String username, String password) {
        return browser.post("/helpdesk/sign-in", Map.of("username", username, "password", password));
    }

    private static String errorOn(Response page) {
        Matcher error = ERROR.matcher(page.asString());
        assertThat(error.find()).as("an error on the sign-in page").isTrue();
        return error.group(1).replace("&#39;", "'");
    }

    private static String withoutTime(String text) {
        return TIME.matcher(text).replaceAll("TIME");
    }

    private int failures(String username) {
        return QuarkusTransaction.requiringNew().call(() -> throttle.of(username).map(row -> row.failures).orElse(0));
    }

    /** How long the last failure made the next attempt wait; zero for none. */
    private Duration waitAfterLastFailure(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FailedSignIns row = throttle.of(username).orElseThrow();
            return row.waitUntil == null ? Duration.ZERO : Duration.between(row.lastFailedAt, row.waitUntil);
        });
    }

    /** Time passing: the wait of {@code username} ends now. */
    private void endWait(String username) {
        QuarkusTransaction.requiringNew().run(() -> throttle.of(username).filter(row -> row.waitUntil != null)
                .ifPresent(row -> row.waitUntil = Instant.now().minusSeconds(1)));
    }

    private void setFailures(String username, int failures) {
        QuarkusTransaction.requiringNew().run(() -> throttle.lockedRowOf(username).failures = failures);
    }
}
