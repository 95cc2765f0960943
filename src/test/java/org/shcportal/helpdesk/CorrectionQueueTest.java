package org.shcportal.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.corrections.CorrectionNote;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CorrectionQueueTest {

    private static final String DESCRIPTION = "My second Moderna dose from <b>March</b> is missing.";

    @Test
    void theQueueListsRequestsWithoutTheirDescriptionOrTheFullName() {
        Request request = request(Instant.now());
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        String queue = agent.get("/helpdesk/corrections").asString();

        assertThat(queue).contains("CR-" + request.id()).contains("A vaccine dose is missing").contains("Received")
                .doesNotContain("Moderna").doesNotContain(request.familyName());
        assertThat(agent.get("/helpdesk/corrections?status=CLOSED").asString()).doesNotContain("CR-" + request.id()
                + "<");
        assertThat(agent.get("/helpdesk/corrections?mine=1").asString()).doesNotContain("CR-" + request.id() + "<");
    }

    @Test
    void requestsStillToDoComeFirstOldestFirst() {
        Request older = request(Instant.parse("2001-01-01T10:00:00Z"));
        Request newer = request(Instant.parse("2001-01-02T10:00:00Z"));
        Request closed = request(Instant.parse("2000-12-31T10:00:00Z"));
        Browser agent = TestStaff.signedIn(StaffRole.SUPERVISOR);
        agent.get("/helpdesk/corrections/" + closed.id());
        agent.post("/helpdesk/corrections/" + closed.id() + "/close", Map.of("outcome", "Nothing was wrong."));

        String queue = agent.get("/helpdesk/corrections").asString();

        assertThat(queue.indexOf("CR-" + older.id() + "<")).isPositive().isLessThan(queue.indexOf("CR-" + newer.id()
                + "<"));
        assertThat(queue.indexOf("CR-" + newer.id() + "<")).isLessThan(queue.indexOf("CR-" + closed.id() + "<"));
    }

    @Test
    void readingARequestShowsTheResidentsWordsAndIsAuditedAsACorrectionRequest() {
        Request request = request(Instant.now());
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);

        Response page = agent.get("/helpdesk/corrections/" + request.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("My second Moderna dose from &lt;b&gt;March&lt;/b&gt; is missing.")
                .doesNotContain("<b>March</b>").contains("Rosa " + request.familyName())
                .contains("action=\"/helpdesk/people/" + request.personId() + "/open\"")
                .contains("value=\"CORRECTION_REQUEST\" selected");
        AuditEvent event = AuditTrail.lastBy(username);
        assertThat(event.action).isEqualTo(AuditAction.STAFF_CORRECTION_VIEWED);
        assertThat(event.actorRole).isEqualTo("AGENT");
        assertThat(event.subjectPersonId).isEqualTo(request.personId());
        assertThat(event.reason).isEqualTo("CORRECTION_REQUEST");
        assertThat(event.ticket).isEqualTo("CR-" + request.id());
    }

    @Test
    void anAgentNotesAssignsReviewsAndClosesAndTheResidentSeesStatusAndOutcome() {
        Request request = request(Instant.now());
        String username = TestStaff.create(StaffRole.AGENT);
        String colleague = TestStaff.create(StaffRole.SUPERVISOR);
        Browser agent = TestStaff.signIn(username);
        Browser resident = new Browser();
        resident.setCookie(TestSessions.COOKIE, TestSessions.signIn(request.registryId()));
        String base = "/helpdesk/corrections/" + request.id();
        agent.get(base);

        assertThat(agent.post(base + "/notes", Map.of("note", "Called the clinic, waiting.")).statusCode())
                .isEqualTo(303);
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_CORRECTION_UPDATED);
        assertThat(agent.post(base + "/assign", Map.of("assignee", "me")).statusCode()).isEqualTo(303);
        assertThat(stored(request).assignedTo).isEqualTo(username);
        assertThat(agent.get("/helpdesk/corrections?mine=1").asString()).contains("CR-" + request.id() + "<");
        assertThat(agent.post(base + "/assign", Map.of("assignee", colleague)).statusCode()).isEqualTo(303);
        assertThat(stored(request).assignedTo).isEqualTo(colleague);
        assertThat(agent.post(base + "/in-progress", Map.of()).statusCode()).isEqualTo(303);
        assertThat(stored(request).status).isEqualTo(CorrectionRequest.Status.IN_PROGRESS);
        assertThat(resident.get("/people/" + request.personId()).asString()).contains("Being reviewed");

        Response closed = agent.post(base + "/close", Map.of("outcome", "The dose of March 4 was added."));

        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(closed.header("Location")).endsWith(base + "?done=closed");
        AuditEvent event = AuditTrail.lastBy(username);
        assertThat(event.action).isEqualTo(AuditAction.STAFF_CORRECTION_CLOSED);
        assertThat(event.subjectPersonId).isEqualTo(request.personId());
        assertThat(event.reason).isEqualTo("CORRECTION_REQUEST");
        String page = agent.get(closed.header("Location")).asString();
        assertThat(page).contains("Called the clinic, waiting.").contains(username)
                .contains("The dose of March 4 was added.");
        assertThat(resident.get("/people/" + request.personId()).asString()).contains("Closed")
                .contains("The dose of March 4 was added.");
        assertThat(resident.get("/account/history").asString()).contains("Reason given: Correction request");
    }

    @Test
    void emptyNotesAndOutcomesAndSecondClosingsAreRefusedAndChangeNothing() {
        Request request = request(Instant.now());
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        String base = "/helpdesk/corrections/" + request.id();
        agent.get(base);

        Response emptyNote = agent.post(base + "/notes", Map.of("note", "  \n "));
        Response emptyOutcome = agent.post(base + "/close", Map.of("outcome", ""));
        Response longOutcome = agent.post(base + "/close", Map.of("outcome", "x".repeat(2001)));
        Response nobody = agent.post(base + "/assign", Map.of("assignee", "no-such-agent"));
        Response admin = agent.post(base + "/assign", Map.of("assignee", TestStaff.create(StaffRole.ADMIN)));

        assertThat(emptyNote.statusCode()).isEqualTo(400);
        assertThat(emptyNote.asString()).contains("Write the note before adding it.");
        assertThat(emptyOutcome.statusCode()).isEqualTo(400);
        assertThat(emptyOutcome.asString()).contains("Write the outcome");
        assertThat(longOutcome.statusCode()).isEqualTo(400);
        assertThat(longOutcome.asString()).contains("The text has 2001.");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(admin.statusCode()).isEqualTo(400);
        assertThat(admin.asString()).contains("Choose a help-desk agent or supervisor");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CorrectionNote.listFor(request.id()))).isEmpty();
        CorrectionRequest unchanged = stored(request);
        assertThat(unchanged.status).isEqualTo(CorrectionRequest.Status.OPEN);
        assertThat(unchanged.assignedTo).isNull();
        assertThat(unchanged.outcome).isNull();

        agent.post(base + "/close", Map.of("outcome", "Fixed."));
        Response again = agent.post(base + "/close", Map.of("outcome", "Fixed twice."));

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.asString()).contains("This request is already closed.");
        assertThat(stored(request).outcome).isEqualTo("Fixed.");
    }

    @Test
    void aDisabledAccountCannotBeAssigned() {
        Request request = request(Instant.now());
        String disabled = TestStaff.create(StaffRole.AGENT);
        QuarkusTransaction.requiringNew().run(() -> StaffAccount.update("disabled = true where username = ?1",
                disabled));
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        agent.get("/helpdesk/corrections/" + request.id());

        assertThat(agent.post("/helpdesk/corrections/" + request.id() + "/assign", Map.of("assignee", disabled))
                .statusCode()).isEqualTo(400);
        assertThat(stored(request).assignedTo).isNull();
    }

    @Test
    void anAdminMayNotWorkCorrectionRequests() {
        Request request = request(Instant.now());
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        String base = "/helpdesk/corrections/" + request.id();

        assertThat(admin.get("/helpdesk/corrections").statusCode()).isEqualTo(403);
        assertThat(admin.get(base).statusCode()).isEqualTo(403);
        assertThat(admin.get(base).asString()).doesNotContain("Moderna");
        for (String action : List.of("/notes", "/assign", "/in-progress", "/close")) {
            assertThat(admin.post(base + action, Map.of("note", "x", "assignee", "me", "outcome", "x")).statusCode())
                    .as(action).isEqualTo(403);
        }
        assertThat(stored(request).status).isEqualTo(CorrectionRequest.Status.OPEN);
    }

    @Test
    void withoutASessionOrACsrfTokenNothingHappens() {
        Request request = request(Instant.now());
        String base = "/helpdesk/corrections/" + request.id();
        Browser nobody = new Browser();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        assertThat(nobody.get("/helpdesk/corrections").header("Location")).endsWith("/helpdesk/sign-in");
        assertThat(nobody.get(base).header("Location")).endsWith("/helpdesk/sign-in");
        assertThat(agent.postWithoutCsrf(base + "/close", Map.of("outcome", "Forged.")).statusCode()).isEqualTo(400);
        assertThat(agent.postWithoutCsrf(base + "/notes", Map.of("note", "Forged.")).statusCode()).isEqualTo(400);
        assertThat(stored(request).status).isEqualTo(CorrectionRequest.Status.OPEN);
        assertThat(QuarkusTransaction.requiringNew().call(() -> CorrectionNote.listFor(request.id()))).isEmpty();
    }

    @Test
    void aRequestThatDoesNotExistIsNotFound() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        assertThat(agent.get("/helpdesk/corrections/999999999").statusCode()).isEqualTo(404);
        agent.get("/helpdesk/corrections");
        assertThat(agent.post("/helpdesk/corrections/999999999/notes", Map.of("note", "x")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theRequestsPersonOpensWithTheCorrectionReason() {
        Request request = request(Instant.now());
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        agent.get("/helpdesk/corrections/" + request.id());

        Response opened = agent.post("/helpdesk/people/" + request.personId() + "/open",
                Map.of("reason", "CORRECTION_REQUEST", "ticket", "CR-" + request.id()));

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(agent.get("/helpdesk/people/" + request.personId()).asString()).contains("Correction request")
                .contains("CR-" + request.id());
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_RECORD_OPENED);
    }

    /** A request of a person of this test's own. */
    record Request(long id, long personId, String registryId, String familyName) {
    }

    private static Request request(Instant received) {
        String registryId = "CQ-" + System.nanoTime();
        String family = "Queue" + Long.toString(System.nanoTime() % 100_000, 26).replaceAll("[0-9]", "x");
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.registryId = registryId;
            person.givenName = "Rosa";
            person.familyName = family;
            person.birthDate = LocalDate.of(1980, 5, 5);
            person.sex = Person.Sex.F;
            person.persist();
            CorrectionRequest request = new CorrectionRequest();
            request.person = person;
            request.requestedBy = person;
            request.kind = CorrectionRequest.Kind.MISSING_DOSE;
            request.description = DESCRIPTION;
            request.status = CorrectionRequest.Status.OPEN;
            request.createdAt = received;
            request.updatedAt = received;
            request.persist();
            return new Request(request.id, person.id, registryId, family);
        });
    }

    private static CorrectionRequest stored(Request request) {
        return QuarkusTransaction.requiringNew().call(() -> CorrectionRequest.findById(request.id()));
    }
}
