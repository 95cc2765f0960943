package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class StaffAdminTest {

    private static final Pattern SHOWN_PASSWORD = Pattern.compile("<code id=\"password\">([^<]+)</code>");

    @Test
    void anAdminAddsAnAccountWhosePasswordIsMadeUpAndShownOnce() {
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser browser = TestStaff.signIn(admin);
        browser.get("/helpdesk/staff/new");
        String username = "new-agent-" + System.nanoTime() % 1_000_000;

        Response added = browser.post("/helpdesk/staff/new", Map.of("username", username, "role", "AGENT"));

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.header("Cache-Control")).contains("no-store");
        String password = shownPassword(added);
        assertThat(password).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(account(username).role).isEqualTo(StaffRole.AGENT);
        assertThat(account(username).createdBy).isEqualTo(admin);
        AuditEvent created = AuditTrail.lastBy(admin);
        assertThat(created.action).isEqualTo(AuditAction.STAFF_ACCOUNT_CREATED);
        assertThat(created.actorRole).isEqualTo("ADMIN");
        assertThat(created.reason).isEqualTo(username + " AGENT");
        assertThat(browser.get("/helpdesk/staff").asString()).contains(username).doesNotContain(password);

        Browser newcomer = new Browser();
        newcomer.get("/helpdesk/sign-in");
        assertThat(newcomer.post("/helpdesk/sign-in", Map.of("username", username, "password", password))
                .statusCode()).isEqualTo(303);
    }

    @Test
    void aMistakeInTheNewAccountFormIsShownAtItsFieldAndCreatesNothing() {
        Browser browser = TestStaff.signedIn(StaffRole.ADMIN);
        browser.get("/helpdesk/staff/new");
        String taken = TestStaff.create(StaffRole.AGENT);

        Response badName = browser.post("/helpdesk/staff/new", Map.of("username", "<b>Ana</b>'--", "role",
                "AGENT"));
        Response noRole = browser.post("/helpdesk/staff/new", Map.of("username", "fresh-name-x1", "role", ""));
        Response unknownRole = browser.post("/helpdesk/staff/new", Map.of("username", "fresh-name-x2", "role",
                "ROOT"));
        Response duplicate = browser.post("/helpdesk/staff/new", Map.of("username", taken, "role", "ADMIN"));

        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.asString()).contains("id=\"username-error\"").contains("lower-case letters")
                .contains("&lt;b&gt;Ana&lt;/b&gt;").doesNotContain("<b>Ana</b>");
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(noRole.asString()).contains("id=\"role-error\"").contains("Choose a role.");
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.asString()).contains("There is already an account named " + taken);
        assertThat(find("fresh-name-x1")).isNull();
        assertThat(find("fresh-name-x2")).isNull();
        assertThat(account(taken).role).isEqualTo(StaffRole.AGENT);
    }

    @Test
    void onlyAnAdminManagesStaff() {
        long target = account(TestStaff.create(StaffRole.AGENT)).id;
        for (StaffRole role : new StaffRole[] { StaffRole.AGENT, StaffRole.SUPERVISOR }) {
            Browser browser = TestStaff.signedIn(role);
            assertThat(browser.get("/helpdesk/staff").statusCode()).as("%s lists staff", role).isEqualTo(403);
            assertThat(browser.get("/helpdesk/staff/new").statusCode()).isEqualTo(403);
            assertThat(browser.post("/helpdesk/staff/new", Map.of("username", "made-by-" + role.name().toLowerCase(),
                    "role", "ADMIN")).statusCode()).isEqualTo(403);
            for (String action : new String[] { "disable", "enable", "unlock", "two-step-off", "password" }) {
                assertThat(browser.post("/helpdesk/staff/" + target + "/" + action, Map.of()).statusCode())
                        .as("%s may not %s", role, action).isEqualTo(403);
            }
        }
        assertThat(find("made-by-agent")).isNull();
        assertThat(find("made-by-supervisor")).isNull();
        assertThat(accountById(target).disabled).isFalse();
        assertThat(TestStaff.signedIn(StaffRole.ADMIN).get("/helpdesk/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutASessionTheStaffPagesSendToTheSignIn() {
        Browser nobody = new Browser();

        assertThat(nobody.get("/helpdesk/staff").header("Location")).endsWith("/helpdesk/sign-in");
        assertThat(nobody.get("/helpdesk/staff/new").header("Location")).endsWith("/helpdesk/sign-in");
    }

    @Test
    void disablingSignsTheAccountOutAtOnceAndEnablingLetsItSignInAgain() {
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser adminBrowser = TestStaff.signIn(admin);
        String agent = TestStaff.create(StaffRole.AGENT);
        Browser agentBrowser = TestStaff.signIn(agent);
        long agentId = account(agent).id;
        adminBrowser.get("/helpdesk/staff");

        Response disabled = adminBrowser.post("/helpdesk/staff/" + agentId + "/disable", Map.of());

        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(disabled.header("Location")).endsWith("/helpdesk/staff?done=disabled&account=" + agentId);
        assertThat(adminBrowser.get(disabled.header("Location")).asString())
                .contains(agent + " is disabled and signed out everywhere.");
        assertThat(agentBrowser.get("/helpdesk").header("Location")).contains("/helpdesk/sign-in");
        assertThat(AuditTrail.lastBy(admin).action).isEqualTo(AuditAction.STAFF_ACCOUNT_DISABLED);
        assertThat(AuditTrail.lastBy(admin).reason).isEqualTo(agent);

        adminBrowser.get("/helpdesk/staff");
        assertThat(adminBrowser.post("/helpdesk/staff/" + agentId + "/enable", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(AuditTrail.lastBy(admin).action).isEqualTo(AuditAction.STAFF_ACCOUNT_ENABLED);
        TestStaff.signIn(agent);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser browser = TestStaff.signIn(admin);
        browser.get("/helpdesk/staff");

        Response refused = browser.post("/helpdesk/staff/" + account(admin).id + "/disable", Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("You cannot disable your own account.");
        assertThat(account(admin).disabled).isFalse();
        assertThat(browser.get("/helpdesk/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminUnlocksALockedAccount() {
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser adminBrowser = TestStaff.signIn(admin);
        String agent = TestStaff.create(StaffRole.AGENT);
        Browser guesser = new Browser();
        guesser.get("/helpdesk/sign-in");
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.post("/helpdesk/sign-in", Map.of("username", agent, "password", "wrong guess " + attempt));
        }
        assertThat(adminBrowser.get("/helpdesk/staff").asString()).contains("Waiting until");

        Response unlocked = adminBrowser.post("/helpdesk/staff/" + account(agent).id + "/unlock", Map.of());

        assertThat(unlocked.statusCode()).isEqualTo(303);
        assertThat(AuditTrail.lastBy(admin).action).isEqualTo(AuditAction.STAFF_ACCOUNT_UNLOCKED);
        assertThat(AuditTrail.lastBy(admin).reason).isEqualTo(agent);
        TestStaff.signIn(agent);
    }

    @Test
    void aNewPasswordFromTheAdminReplacesTheOldOneAndSignsTheAccountOut() {
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser adminBrowser = TestStaff.signIn(admin);
        String supervisor = TestStaff.create(StaffRole.SUPERVISOR);
        Browser supervisorBrowser = TestStaff.signIn(supervisor);
        adminBrowser.get("/helpdesk/staff");

        Response reset = adminBrowser.post("/helpdesk/staff/" + account(supervisor).id + "/password", Map.of());

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.header("Cache-Control")).contains("no-store");
        String password = shownPassword(reset);
        assertThat(supervisorBrowser.get("/helpdesk").header("Location")).contains("/helpdesk/sign-in");
        assertThat(AuditTrail.lastBy(admin).action).isEqualTo(AuditAction.STAFF_PASSWORD_RESET);
        Browser again = new Browser();
        again.get("/helpdesk/sign-in");
        assertThat(again.post("/helpdesk/sign-in", Map.of("username", supervisor, "password", TestStaff.PASSWORD))
                .statusCode()).isEqualTo(400);
        assertThat(again.post("/helpdesk/sign-in", Map.of("username", supervisor, "password", password))
                .statusCode()).isEqualTo(303);
    }

    @Test
    void anAdminTurnsOffTwoStepSignInForSomeoneWhoLostTheirPhone() {
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser adminBrowser = TestStaff.signIn(admin);
        String agent = TestStaff.create(StaffRole.AGENT);
        TwoStepSetupTest.turnOnTwoStep(agent);
        assertThat(adminBrowser.get("/helpdesk/staff").asString()).contains("Turn off two-step sign-in of " + agent);

        Response off = adminBrowser.post("/helpdesk/staff/" + account(agent).id + "/two-step-off", Map.of());

        assertThat(off.statusCode()).isEqualTo(303);
        assertThat(account(agent).hasTwoStep()).isFalse();
        assertThat(AuditTrail.lastBy(admin).action).isEqualTo(AuditAction.STAFF_TWO_STEP_DISABLED);
        TestStaff.signIn(agent);
    }

    @Test
    void staffFormsNeedTheirCsrfToken() {
        Browser browser = TestStaff.signedIn(StaffRole.ADMIN);
        String agent = TestStaff.create(StaffRole.AGENT);
        browser.get("/helpdesk/staff");

        Response forgedDisable = browser.postWithoutCsrf("/helpdesk/staff/" + account(agent).id + "/disable",
                Map.of());
        Response forgedCreate = browser.postWithoutCsrf("/helpdesk/staff/new", Map.of("username", "forged-admin",
                "role", "ADMIN"));

        assertThat(forgedDisable.statusCode()).isEqualTo(400);
        assertThat(forgedCreate.statusCode()).isEqualTo(400);
        assertThat(account(agent).disabled).isFalse();
        assertThat(find("forged-admin")).isNull();
    }

    static String shownPassword(Response page) {
        Matcher shown = SHOWN_PASSWORD.matcher(page.asString());
        assertThat(shown.find()).as("a password on the page").isTrue();
        return shown.group(1);
    }

    static StaffAccount account(String username) {
        StaffAccount account = find(username);
        assertThat(account).as("account %s", username).isNotNull();
        return account;
    }

    private static StaffAccount find(String username) {
        return QuarkusTransaction.requiringNew().call(() -> StaffAccount.findByUsername(username).orElse(null));
    }

    private static StaffAccount accountById(long id) {
        return QuarkusTransaction.requiringNew().call(() -> StaffAccount.<StaffAccount> findById(id));
    }
}
