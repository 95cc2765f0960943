package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Approvals need two people: a change an admin makes that lets them know an approver's password is shown to every
 * other admin and supervisor until each marks it seen.
 */
@QuarkusTest
class ApproverNoticesTest {

    @Test
    void anAdminCreatingAnApproverIsShownToTheOtherAdminsAndSupervisorsUntilEachMarksItSeen() {
        String otherAdmin = TestStaff.create(StaffRole.ADMIN);
        String supervisor = TestStaff.create(StaffRole.SUPERVISOR);
        String agent = TestStaff.create(StaffRole.AGENT);
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser adminBrowser = TestStaff.signIn(admin);
        adminBrowser.get("/helpdesk/staff/new");
        String approver = "approver-" + System.nanoTime() % 1_000_000;
        assertThat(adminBrowser.post("/helpdesk/staff/new", Map.of("username", approver, "role", "SUPERVISOR"))
                .statusCode()).isEqualTo(200);
        String told = admin + " created the account " + approver + " (Supervisor), which can approve changes";
        Browser supervisorBrowser = TestStaff.signIn(supervisor);
        Browser otherAdminBrowser = TestStaff.signIn(otherAdmin);

        String supervisorsPage = supervisorBrowser.get("/helpdesk/account").asString();
        assertThat(supervisorsPage).contains(told);
        assertThat(otherAdminBrowser.get("/helpdesk/staff").asString()).contains(told);
        assertThat(TestStaff.signIn(agent).get("/helpdesk/account").asString()).doesNotContain(told);
        assertThat(adminBrowser.get("/helpdesk/account").asString()).doesNotContain(told);

        assertThat(supervisorBrowser.post(seenAction(supervisorsPage, told), Map.of()).statusCode()).isEqualTo(303);

        assertThat(supervisorBrowser.get("/helpdesk/account").asString()).doesNotContain(told);
        assertThat(otherAdminBrowser.get("/helpdesk/account").asString()).contains(told);
    }

    @Test
    void aNewPasswordOrTwoStepTurnedOffIsToldForAnApproverButNotForAnAgent() {
        String watcher = TestStaff.create(StaffRole.SUPERVISOR);
        String approver = TestStaff.create(StaffRole.SUPERVISOR);
        String agent = TestStaff.create(StaffRole.AGENT);
        TwoStepSetupTest.turnOnTwoStep(approver);
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser adminBrowser = TestStaff.signIn(admin);
        adminBrowser.get("/helpdesk/staff");

        adminBrowser.post("/helpdesk/staff/" + StaffAdminTest.account(approver).id + "/two-step-off", Map.of());
        adminBrowser.post("/helpdesk/staff/" + StaffAdminTest.account(approver).id + "/password", Map.of());
        adminBrowser.post("/helpdesk/staff/" + StaffAdminTest.account(agent).id + "/password", Map.of());

        String page = TestStaff.signIn(watcher).get("/helpdesk/account").asString();
        assertThat(page).contains(admin + " turned off two-step sign-in of " + approver + ", who can approve changes")
                .contains(admin + " gave " + approver + ", who can approve changes, a new password")
                .doesNotContain(admin + " gave " + agent);
    }

    /** The form that marks the notice {@code told} seen. */
    private static String seenAction(String page, String told) {
        Matcher form = Pattern.compile(Pattern.quote(told) + "[^<]*<form[^>]*action=\"([^\"]+)\"").matcher(page);
        assertThat(form.find()).as("a Seen button after the notice").isTrue();
        return form.group(1);
    }
}
