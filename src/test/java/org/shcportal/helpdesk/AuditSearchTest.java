package org.shcportal.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AuditSearchTest {

    /** The demo portal's registry time zone (portal.registry.time-zone's default). */
    private static final ZoneId REGISTRY_ZONE = ZoneId.of("America/Denver");
    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td[ >]");
    private static final Pattern OLDER = Pattern.compile("href=\"([^\"]+)\">Older events");

    @Test
    void supervisorsAndAdminsSearchTheAuditAgentsMayNot() {
        assertThat(TestStaff.signedIn(StaffRole.AGENT).get("/helpdesk/audit").statusCode()).isEqualTo(403);
        assertThat(TestStaff.signedIn(StaffRole.SUPERVISOR).get("/helpdesk/audit").statusCode()).isEqualTo(200);
        assertThat(TestStaff.signedIn(StaffRole.ADMIN).get("/helpdesk/audit").statusCode()).isEqualTo(200);
        assertThat(new Browser().get("/helpdesk/audit").header("Location")).endsWith("/helpdesk/sign-in");
    }

    @Test
    void anAgentsViewShowsWhoWhatWhoseRecordWhyAndTheTicket() {
        String agent = TestStaff.create(StaffRole.AGENT);
        long ines = idOf("NM-000009");
        insert(AuditAction.STAFF_RECORD_OPENED, agent, ines, "CALLER_VERIFICATION", "INC-20461", Instant.now());
        String supervisor = TestStaff.create(StaffRole.SUPERVISOR);
        Browser browser = TestStaff.signIn(supervisor);

        Response found = browser.get("/helpdesk/audit?staff=" + agent.toUpperCase());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(rows(found)).isEqualTo(1);
        assertThat(found.asString()).contains(agent + " (Agent)").contains("Record opened").contains("NM-000009")
                .contains("Verifying a caller").contains("INC-20461").doesNotContain("Martínez");
        AuditEvent searched = AuditTrail.lastBy(supervisor);
        assertThat(searched.action).isEqualTo(AuditAction.STAFF_AUDIT_SEARCHED);
        assertThat(searched.actorRole).isEqualTo("SUPERVISOR");
        assertThat(searched.subjectPersonId).isNull();
        assertThat(searched.reason).isNull();
    }

    @Test
    void aSearchForOnePersonsRecordShowsInThatPersonsAccessHistory() {
        String admin = TestStaff.create(StaffRole.ADMIN);
        Browser browser = TestStaff.signIn(admin);

        Response found = browser.get("/helpdesk/audit?subject=nm-000002&staff-only=on");

        assertThat(found.statusCode()).isEqualTo(200);
        AuditEvent searched = AuditTrail.lastBy(admin);
        assertThat(searched.action).isEqualTo(AuditAction.STAFF_AUDIT_SEARCHED);
        assertThat(searched.subjectPersonId).isEqualTo(idOf("NM-000002"));
        Browser resident = new Browser();
        resident.setCookie(TestSessions.COOKIE, TestSessions.signIn("NM-000002"));
        assertThat(resident.get("/account/history").asString()).contains("Looked at who accessed your record");
    }

    @Test
    void datesAreDaysInTheRegistrysTimeZoneBothIncluded() {
        String agent = TestStaff.create(StaffRole.AGENT);
        long john = idOf("NM-000001");
        // 23:30 on 1 January 2020 in Denver is already 2 January in UTC.
        insert(AuditAction.STAFF_CODE_RESENT, agent, john, "SIGN_IN_HELP", null,
                LocalDateTime.of(2020, 1, 1, 23, 30).atZone(REGISTRY_ZONE).toInstant());
        insert(AuditAction.STAFF_CARD_EMAILED, agent, john, "MAIL_REQUEST", null,
                LocalDateTime.of(2020, 1, 3, 0, 15).atZone(REGISTRY_ZONE).toInstant());
        Browser browser = TestStaff.signedIn(StaffRole.SUPERVISOR);
        String byAgent = "/helpdesk/audit?staff=" + agent;

        assertThat(rows(browser.get(byAgent + "&from=2020-01-01&to=2020-01-01"))).isEqualTo(1);
        assertThat(browser.get(byAgent + "&from=2020-01-01&to=2020-01-01").asString())
                .contains("2020-01-01 23:30").contains("Sign-in code resent");
        assertThat(rows(browser.get(byAgent + "&from=2020-01-02&to=2020-01-02"))).isZero();
        assertThat(rows(browser.get(byAgent + "&from=2020-01-01&to=2020-01-03"))).isEqualTo(2);
        assertThat(rows(browser.get(byAgent + "&to=2020-01-02&action=STAFF_CODE_RESENT"))).isEqualTo(1);
        assertThat(rows(browser.get(byAgent + "&action=STAFF_CARD_EMAILED"))).isEqualTo(1);
    }

    @Test
    void onlyStaffActionsLeavesOutTheResidentsOwn() {
        long gilbert = idOf("NM-000008");
        Instant day = LocalDateTime.of(2019, 6, 5, 12, 0).atZone(REGISTRY_ZONE).toInstant();
        String agent = TestStaff.create(StaffRole.AGENT);
        insert(AuditAction.STAFF_RECORD_OPENED, agent, gilbert, "MAIL_REQUEST", null, day);
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEvent own = event(AuditAction.RECORDS_VIEWED, day.plusSeconds(60));
            own.actorKind = AuditEvent.ActorKind.RESIDENT;
            own.actorPersonId = gilbert;
            own.subjectPersonId = gilbert;
            own.persist();
        });
        Browser browser = TestStaff.signedIn(StaffRole.SUPERVISOR);
        String thatDay = "/helpdesk/audit?subject=NM-000008&from=2019-06-05&to=2019-06-05";

        Response all = browser.get(thatDay);
        Response staffOnly = browser.get(thatDay + "&staff-only=on");

        assertThat(rows(all)).isEqualTo(2);
        assertThat(all.asString()).contains("\">Records viewed</td>").contains("\">Resident</td>");
        assertThat(rows(staffOnly)).isEqualTo(1);
        assertThat(staffOnly.asString()).doesNotContain("\">Records viewed</td>");
    }

    @Test
    void fiftyEventsToAPageAndTheOlderLinkKeepsTheFilters() {
        String agent = TestStaff.create(StaffRole.AGENT);
        long marisol = idOf("NM-000004");
        Instant start = Instant.parse("2018-03-01T18:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 55; i++) {
                AuditEvent event = event(AuditAction.STAFF_RECORD_OPENED, start.plusSeconds(60L * i));
                staffActor(event, agent);
                event.subjectPersonId = marisol;
                event.reason = "GUARDIAN_LINK";
                event.persist();
            }
        });
        Browser browser = TestStaff.signedIn(StaffRole.ADMIN);

        Response first = browser.get("/helpdesk/audit?staff=" + agent + "&staff-only=on");
        Matcher older = OLDER.matcher(first.asString());

        assertThat(rows(first)).isEqualTo(50);
        assertThat(first.asString()).contains("2018-03-01 11:54 MST");
        assertThat(older.find()).isTrue();
        String next = older.group(1).replace("&amp;", "&");
        assertThat(next).contains("staff=" + agent).contains("staff-only=on").contains("page=2");
        Response second = browser.get(next);
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second.asString()).contains("2018-03-01 11:00 MST").contains("Newer events")
                .doesNotContain("Older events");
    }

    @Test
    void badFiltersGetAMessageAndNoResults() {
        String supervisor = TestStaff.create(StaffRole.SUPERVISOR);
        Browser browser = TestStaff.signIn(supervisor);
        int searchesBefore = AuditTrail.by(supervisor, AuditAction.STAFF_AUDIT_SEARCHED).size();

        Response unknownAction = browser.get("/helpdesk/audit?action=DROP_TABLE");
        Response badDate = browser.get("/helpdesk/audit?from=31/12/2020");
        Response reversed = browser.get("/helpdesk/audit?from=2021-02-01&to=2021-01-01");
        Response unknownPerson = browser.get("/helpdesk/audit?subject=NM-999999");
        Response unknownStaff = browser.get("/helpdesk/audit?staff=nobody-by-this-name");

        assertThat(unknownAction.statusCode()).isEqualTo(400);
        assertThat(unknownAction.asString()).contains("Choose an action from the list.");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.asString()).contains("Enter the “from” date as year-month-day");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.asString()).contains("The “from” date is after the “to” date.");
        assertThat(unknownPerson.statusCode()).isEqualTo(400);
        assertThat(unknownPerson.asString()).contains("No person has the registry id NM-999999.");
        assertThat(unknownStaff.statusCode()).isEqualTo(400);
        assertThat(unknownStaff.asString()).contains("No staff account is named nobody-by-this-name.");
        for (Response refused : List.of(unknownAction, badDate, reversed, unknownPerson, unknownStaff)) {
            assertThat(rows(refused)).isZero();
        }
        assertThat(AuditTrail.by(supervisor, AuditAction.STAFF_AUDIT_SEARCHED)).hasSize(searchesBefore);
    }

    @Test
    void sqlAndHtmlInTheFiltersAreOnlyText() {
        Browser browser = TestStaff.signedIn(StaffRole.SUPERVISOR);

        Response sql = browser.get("/helpdesk/audit?staff=x' or '1'='1&subject=NM-000001' --");
        Response html = browser.get("/helpdesk/audit?subject=<script>alert(1)</script>&page=<b>");

        assertThat(sql.statusCode()).isEqualTo(400);
        assertThat(sql.asString()).contains("No staff account is named x&#39;");
        assertThat(rows(sql)).isZero();
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.asString()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    private static void insert(AuditAction action, String staff, long subject, String reason, String ticket,
            Instant when) {
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEvent event = event(action, when);
            staffActor(event, staff);
            event.subjectPersonId = subject;
            event.reason = reason;
            event.ticket = ticket;
            event.persist();
        });
    }

    private static AuditEvent event(AuditAction action, Instant when) {
        AuditEvent event = new AuditEvent();
        event.action = action;
        event.occurredAt = when;
        return event;
    }

    private static void staffActor(AuditEvent event, String staff) {
        event.actorKind = AuditEvent.ActorKind.STAFF;
        event.actorStaff = staff;
        event.actorRole = "AGENT";
    }

    private static int rows(Response page) {
        Matcher row = ROW.matcher(page.asString());
        int count = 0;
        while (row.find()) {
            count++;
        }
        return count;
    }
}
