package org.shcportal.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.approvals.ChangeRequest;
import org.shcportal.audit.StaffReason;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A staff action in the resident's access history carries the reason given for that action, not the one the record
 * was opened with, and names the role of who did it: agent, supervisor or administrator. The help desk's audit
 * search shows the same reason.
 */
@QuarkusTest
class StaffActionsInHistoryTest {

    private static final Pattern ROW = Pattern.compile("<tr><td[^>]*>[^<]*</td><td[^>]*>([^<]*)</td><td[^>]*>([^<]*)</td>");

    @Test
    void aRevocationForALostWalletShowsThatReasonAndTheSupervisor() {
        String registryId = TestPeople.adultWithCards();
        Browser supervisor = TestStaff.signedIn(StaffRole.SUPERVISOR);
        long personId = OpenedRecords.open(supervisor, registryId, StaffReason.SIGN_IN_HELP, "INC-7001");

        var revoked = supervisor.post("/helpdesk/people/" + personId + "/revoke", Map.of("why", "LOST_OR_STOLEN",
                "note", "Lost wallet with the printed card.", "delivery", "MAIL", "language", "en"));

        assertThat(revoked.statusCode()).isEqualTo(303);
        List<Row> english = rows(history(registryId, "en"));
        assertThat(english).filteredOn(row -> row.what().startsWith("Revoked the cards")).singleElement()
                .isEqualTo(new Row("Revoked the cards issued to you until then; they no longer pass a check"
                        + " · Reason given: Lost or stolen wallet, phone or printed card", "A help-desk supervisor"));
        assertThat(english).filteredOn(row -> row.what().startsWith("Asked for your printed cards")).singleElement()
                .extracting(Row::what).asString().endsWith("Reason given: Lost or stolen wallet, phone or printed card");
        assertThat(rows(history(registryId, "es"))).filteredOn(row -> row.what().startsWith("Revocó las tarjetas"))
                .singleElement().isEqualTo(new Row("Revocó las tarjetas emitidas hasta entonces; ya no pasan una"
                        + " verificación · Motivo indicado: Cartera, teléfono o tarjeta impresa perdidos o robados",
                        "Un supervisor de la línea de ayuda"));
        assertThat(supervisor.get("/helpdesk/audit?subject=" + registryId).asString())
                .contains("Lost or stolen wallet, phone or printed card");
    }

    @Test
    void anApprovedRevocationShowsTheReasonItWasAskedForNotTheReview() {
        String registryId = TestPeople.adultWithCards();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, registryId, StaffReason.SIGN_IN_HELP, null);
        String form = "/helpdesk/people/" + personId + "/changes/new?kind=REVOKE_CARDS";
        agent.get(form);
        assertThat(agent.post(form, Map.of("why", "LOST_OR_STOLEN", "note", "Lost wallet.")).statusCode())
                .isEqualTo(303);
        long requestId = QuarkusTransaction.requiringNew().call(() -> ChangeRequest
                .<ChangeRequest> find("person.id", personId).singleResult().id);
        Browser supervisor = TestStaff.signedIn(StaffRole.SUPERVISOR);
        supervisor.get("/helpdesk/changes");
        assertThat(supervisor.post("/helpdesk/changes/" + requestId + "/approve", Map.of("note", "")).statusCode())
                .isEqualTo(303);

        assertThat(rows(history(registryId, "en"))).filteredOn(row -> row.what().startsWith("Revoked the cards"))
                .singleElement().isEqualTo(new Row("Revoked the cards issued to you until then; they no longer pass a"
                        + " check · Reason given: Lost or stolen wallet, phone or printed card",
                        "A help-desk supervisor"));
    }

    @Test
    void aMailingShowsTheReasonGivenForItAndTheAgent() {
        String registryId = TestPeople.adultWithCards();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, registryId, StaffReason.SIGN_IN_HELP, null);

        var queued = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "NO_PHONE_OR_INTERNET", "how", "MAIL", "language", "en"));

        assertThat(queued.statusCode()).isEqualTo(303);
        assertThat(rows(history(registryId, "en"))).filteredOn(row -> row.what().startsWith("Asked for your printed"))
                .singleElement().isEqualTo(new Row("Asked for your printed cards to be mailed to the address on your"
                        + " record · Reason given: No smartphone or internet to get the cards", "A help-desk agent"));
    }

    @Test
    void aSendingWithoutItsReasonIsRefusedAndChangesNothing() {
        String registryId = TestPeople.adultWithCards();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, registryId, StaffReason.SIGN_IN_HELP, null);

        var refused = agent.post("/helpdesk/people/" + personId + "/send-cards", Map.of("how", "MAIL", "language",
                "en"));
        var wrongKind = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "SIGN_IN_HELP", "how", "MAIL", "language", "en"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Choose why the cards are sent.");
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        assertThat(rows(history(registryId, "en"))).noneMatch(row -> row.what().startsWith("Asked for your printed"));
    }

    @Test
    void anAdministratorIsNamedAsOne() {
        String registryId = TestPeople.adultWithCards();
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);

        assertThat(admin.get("/helpdesk/audit?subject=" + registryId).statusCode()).isEqualTo(200);

        assertThat(rows(history(registryId, "en"))).contains(new Row(
                "Looked at who accessed your record (the audit)", "A help-desk administrator"));
        assertThat(rows(history(registryId, "es"))).contains(new Row(
                "Revisó quién accedió a su registro (la auditoría)", "Un administrador de la línea de ayuda"));
    }

    private record Row(String what, String who) {
    }

    private static List<Row> rows(String page) {
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.add(new Row(row.group(1), row.group(2)));
        }
        return rows;
    }

    private static String history(String registryId, String language) {
        return given().cookie(TestSessions.COOKIE, TestSessions.signIn(registryId)).cookie("lang", language)
                .header("Accept-Language", language).get("/account/history").asString();
    }
}
