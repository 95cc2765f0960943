package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.qr.QrReader;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TwoStepSetupTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern QR_IMAGE = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @Test
    void aStaffMemberTurnsOnTwoStepSignInWithTheCodeShownAndThenNeedsTheirAppToSignIn() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = TestStaff.signIn(username);
        assertThat(browser.get("/helpdesk/account").asString()).contains(username).contains("Agent")
                .contains("Turn on two-step sign-in");

        Response setUp = browser.get("/helpdesk/account/two-step");
        String secret = secretOn(setUp);
        String link = QrReader.decode(Base64.getDecoder().decode(match(QR_IMAGE, setUp)));
        assertThat(URLDecoder.decode(link, StandardCharsets.UTF_8)).startsWith("otpauth://totp/")
                .contains(":" + username + "?secret=" + secret + "&issuer=");
        assertThat(secretOn(browser.get("/helpdesk/account/two-step"))).as("a reload shows the same secret")
                .isEqualTo(secret);

        Response wrong = browser.post("/helpdesk/account/two-step", Map.of("code", otherCode(secret)));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("id=\"code-error\"").contains("This is not the code your app shows");
        assertThat(StaffAdminTest.account(username).hasTwoStep()).isFalse();

        Response confirmed = browser.post("/helpdesk/account/two-step", Map.of("code",
                TwoStepCodes.codeAt(secret, Instant.now())));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.header("Location")).endsWith("/helpdesk/account?done=two-step");
        assertThat(browser.get(confirmed.header("Location")).asString()).contains("Two-step sign-in is on.");
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_TWO_STEP_ENABLED);
        assertThat(StaffAdminTest.account(username).pendingTotpSecret).isNull();

        browser.get("/helpdesk/account");
        browser.post("/helpdesk/sign-out", Map.of());
        Browser again = new Browser();
        again.get("/helpdesk/sign-in");
        assertThat(again.post("/helpdesk/sign-in", Map.of("username", username, "password", TestStaff.PASSWORD))
                .statusCode()).isEqualTo(400);
        // The set-up took the current step's code; the app's next code signs in (one step of drift is allowed).
        assertThat(again.post("/helpdesk/sign-in", Map.of("username", username, "password", TestStaff.PASSWORD,
                "code", TwoStepCodes.codeAt(secret, Instant.now().plusSeconds(30)))).statusCode()).isEqualTo(303);
    }

    @Test
    void theSecretComesFromTheServerNotFromTheForm() {
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        Browser browser = TestStaff.signIn(username);
        browser.get("/helpdesk/account/two-step");
        String chosen = TwoStepCodes.newSecret();

        Response refused = browser.post("/helpdesk/account/two-step", Map.of("secret", chosen, "code",
                TwoStepCodes.codeAt(chosen, Instant.now())));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(StaffAdminTest.account(username).hasTwoStep()).isFalse();
    }

    @Test
    void turningOnTwoStepNeedsTheCsrfTokenAndASignedInAccount() {
        String username = TestStaff.create(StaffRole.ADMIN);
        Browser browser = TestStaff.signIn(username);
        String secret = secretOn(browser.get("/helpdesk/account/two-step"));

        Response forged = browser.postWithoutCsrf("/helpdesk/account/two-step", Map.of("code",
                TwoStepCodes.codeAt(secret, Instant.now())));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(StaffAdminTest.account(username).hasTwoStep()).isFalse();
        assertThat(new Browser().get("/helpdesk/account").header("Location")).endsWith("/helpdesk/sign-in");
        assertThat(new Browser().get("/helpdesk/account/two-step").header("Location")).endsWith("/helpdesk/sign-in");
    }

    @Test
    void aStaffMemberChangesTheirPasswordAndTheirOtherBrowsersAreSignedOut() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser other = TestStaff.signIn(username);
        Browser browser = TestStaff.signIn(username);
        browser.get("/helpdesk/account");
        String newPassword = "a new and longer passphrase";

        Response wrongCurrent = browser.post("/helpdesk/account/password", Map.of("current-password",
                "not my password", "new-password", newPassword, "new-password-again", newPassword));
        Response tooShort = browser.post("/helpdesk/account/password", Map.of("current-password",
                TestStaff.PASSWORD, "new-password", "short", "new-password-again", "short"));
        Response differ = browser.post("/helpdesk/account/password", Map.of("current-password",
                TestStaff.PASSWORD, "new-password", newPassword, "new-password-again", newPassword + "!"));

        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.asString()).contains("id=\"current-password-error\"");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.asString()).contains("id=\"new-password-error\"").contains("at least 12 characters");
        assertThat(differ.statusCode()).isEqualTo(400);
        assertThat(differ.asString()).contains("id=\"new-password-again-error\"");
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_SIGNED_IN);

        Response changed = browser.post("/helpdesk/account/password", Map.of("current-password",
                TestStaff.PASSWORD, "new-password", newPassword, "new-password-again", newPassword));

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(browser.get("/helpdesk/account").statusCode()).isEqualTo(200);
        assertThat(other.get("/helpdesk/account").header("Location")).contains("/helpdesk/sign-in");
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_PASSWORD_CHANGED);
        Browser again = new Browser();
        again.get("/helpdesk/sign-in");
        assertThat(again.post("/helpdesk/sign-in", Map.of("username", username, "password", TestStaff.PASSWORD))
                .statusCode()).isEqualTo(400);
        assertThat(again.post("/helpdesk/sign-in", Map.of("username", username, "password", newPassword))
                .statusCode()).isEqualTo(303);
    }

    /** Turns on two-step sign-in for the account as its set-up page would, and returns the secret. */
    static String turnOnTwoStep(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StaffAccounts accounts = Arc.container().select(StaffAccounts.class).get();
            long id = StaffAccount.findByUsername(username).orElseThrow().id;
            String secret = accounts.startTwoStep(id);
            assertThat(accounts.enableTwoStep(id, TwoStepCodes.codeAt(secret, Instant.now()))).isTrue();
            return secret;
        });
    }

    private static String secretOn(Response page) {
        return match(SECRET, page).replace(" ", "");
    }

    private static String match(Pattern pattern, Response page) {
        Matcher matcher = pattern.matcher(page.asString());
        assertThat(matcher.find()).as("%s on the page", pattern).isTrue();
        return matcher.group(1);
    }

    /** A six-digit code that the secret does not give now, nor a step before or after. */
    private static String otherCode(String secret) {
        Instant now = Instant.now();
        Duration step = Duration.ofSeconds(30);
        for (int candidate = 0;; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(TwoStepCodes.codeAt(secret, now)) && !code.equals(TwoStepCodes.codeAt(secret,
                    now.minus(step))) && !code.equals(TwoStepCodes.codeAt(secret, now.plus(step)))) {
                return code;
            }
        }
    }
}
