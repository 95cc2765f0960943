package org.shcportal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shcportal.approvals.ChangeRequestTest.contactsOf;
import static org.shcportal.approvals.ChangeRequestTest.form;
import static org.shcportal.approvals.ChangeRequestTest.onlyRequestOf;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.StaffReason;
import org.shcportal.crl.RevocationList;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.registry.GuardianLink;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The two-person rule: a supervisor other than the requester approves or denies, and an approval makes the change. */
@QuarkusTest
class ChangeDecisionTest {

    @Inject
    EntityManager entityManager;

    @Inject
    KeyRing keys;

    @Inject
    RidSecret ridSecret;

    @Test
    void theRequesterCannotApproveTheirOwnAnotherSupervisorCanAndTheContactIsAdded() {
        String requester = TestStaff.create(StaffRole.SUPERVISOR);
        Browser asking = TestStaff.signIn(requester);
        long personId = OpenedRecords.open(asking, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, "INC-3001");
        asking.get(form(personId, "CONTACT"));
        asking.post(form(personId, "CONTACT"), Map.of("contact", "approved.contact@example.org", "note",
                "Caller verified by dose date."));
        long requestId = onlyRequestOf(personId).id;

        String own = asking.get("/helpdesk/changes").asString();
        var selfApproval = asking.post("/helpdesk/changes/" + requestId + "/approve", Map.of("note", ""));

        assertThat(own).contains("it is waiting for another supervisor")
                .doesNotContain("action=\"/helpdesk/changes/" + requestId + "/approve\"");
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(selfApproval.asString()).contains("two-person rule");
        assertThat(onlyRequestOf(personId).status).isEqualTo(ChangeRequest.Status.PENDING);
        assertThat(contactsOf(personId)).doesNotContain("approved.contact@example.org");
        assertThat(AuditTrail.by(requester, AuditAction.STAFF_CHANGE_APPROVED)).isEmpty();

        String approver = TestStaff.create(StaffRole.SUPERVISOR);
        Browser deciding = TestStaff.signIn(approver);
        String queue = deciding.get("/helpdesk/changes").asString();
        assertThat(queue).contains("action=\"/helpdesk/changes/" + requestId + "/approve\"")
                .contains("a•••@example.org").doesNotContain("approved.contact@example.org")
                .contains("Caller verified by dose date.").contains(requester);
        var approved = deciding.post("/helpdesk/changes/" + requestId + "/approve", Map.of("note", "Looks right."));

        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.header("Location")).endsWith("/helpdesk/changes?done=approved");
        ChangeRequest decided = onlyRequestOf(personId);
        assertThat(decided.status).isEqualTo(ChangeRequest.Status.APPROVED);
        assertThat(decided.decidedBy).isEqualTo(approver);
        assertThat(decided.decisionNote).isEqualTo("Looks right.");
        assertThat(contactsOf(personId)).contains("approved.contact@example.org");
        AuditEvent event = AuditTrail.by(approver, AuditAction.STAFF_CHANGE_APPROVED).get(0);
        assertThat(event.subjectPersonId).isEqualTo(personId);
        assertThat(event.actorRole).isEqualTo("SUPERVISOR");
        assertThat(event.reason).isEqualTo("SUPERVISOR_REVIEW");
        assertThat(event.ticket).isEqualTo("INC-3001");

        var twice = deciding.post("/helpdesk/changes/" + requestId + "/deny", Map.of("note", "Changed my mind."));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(onlyRequestOf(personId).status).isEqualTo(ChangeRequest.Status.APPROVED);
    }

    @Test
    void theDatabaseRefusesADecisionByTheRequesterToo() {
        Browser asking = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(asking, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, null);
        asking.get(form(personId, "CONTACT"));
        asking.post(form(personId, "CONTACT"), Map.of("contact", "+1 505 555 0188", "note", "Caller asked."));
        long requestId = onlyRequestOf(personId).id;

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                UPDATE change_request SET status = 'APPROVED', decided_by = requested_by, decided_at = now()
                WHERE id = ?1""").setParameter(1, requestId).executeUpdate()))
                .hasStackTraceContaining("change_request_two_person_check");
        assertThat(onlyRequestOf(personId).status).isEqualTo(ChangeRequest.Status.PENDING);
    }

    @Test
    void aDenialNeedsANoteAndChangesNothingButTheRequest() {
        Browser asking = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(asking, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, "INC-3002");
        asking.get(form(personId, "CONTACT"));
        asking.post(form(personId, "CONTACT"), Map.of("contact", "denied.contact@example.org", "note", "Caller asked."));
        long requestId = onlyRequestOf(personId).id;
        String supervisor = TestStaff.create(StaffRole.SUPERVISOR);
        Browser deciding = TestStaff.signIn(supervisor);
        deciding.get("/helpdesk/changes");

        var withoutNote = deciding.post("/helpdesk/changes/" + requestId + "/deny", Map.of("note", " "));
        var denied = deciding.post("/helpdesk/changes/" + requestId + "/deny",
                Map.of("note", "Caller could not confirm the dose date."));

        assertThat(withoutNote.statusCode()).isEqualTo(400);
        assertThat(withoutNote.asString()).contains("Say why the request is denied.");
        assertThat(denied.statusCode()).isEqualTo(303);
        assertThat(onlyRequestOf(personId).status).isEqualTo(ChangeRequest.Status.DENIED);
        assertThat(contactsOf(personId)).doesNotContain("denied.contact@example.org");
        AuditEvent event = AuditTrail.by(supervisor, AuditAction.STAFF_CHANGE_DENIED).get(0);
        assertThat(event.subjectPersonId).isEqualTo(personId);
        assertThat(event.ticket).isEqualTo("INC-3002");
        assertThat(AuditTrail.by(supervisor, AuditAction.STAFF_CHANGE_APPROVED)).isEmpty();
    }

    @Test
    void anApprovedGuardianLinkIsMadeByTheHelpDesk() {
        Browser asking = TestStaff.signedIn(StaffRole.AGENT);
        String guardian = TestPeople.adultWithCards();
        long minorId = OpenedRecords.open(asking, TestPeople.minor(), StaffReason.GUARDIAN_LINK, null);
        asking.get(form(minorId, "GUARDIAN_LINK"));
        asking.post(form(minorId, "GUARDIAN_LINK"), Map.of("guardian", guardian, "relationship", "FATHER",
                "note", "Birth certificate seen at the office."));
        long requestId = onlyRequestOf(minorId).id;
        Browser deciding = TestStaff.signedIn(StaffRole.SUPERVISOR);
        assertThat(deciding.get("/helpdesk/changes").asString()).contains(guardian + " · ").contains("as father");

        deciding.post("/helpdesk/changes/" + requestId + "/approve", Map.of("note", ""));

        GuardianLink link = QuarkusTransaction.requiringNew().call(() -> GuardianLink.<GuardianLink> find(
                "minor.id = ?1 and guardian.registryId = ?2", minorId, guardian).singleResult());
        assertThat(link.relationship).isEqualTo(GuardianLink.Relationship.FATHER);
        assertThat(link.source).isEqualTo(GuardianLink.Source.HELP_DESK);
    }

    @Test
    void anApprovedRevocationIsDoneAsTheApprovingSupervisor() {
        Browser asking = TestStaff.signedIn(StaffRole.AGENT);
        String registryId = TestPeople.adultWithCards();
        long personId = OpenedRecords.open(asking, registryId, StaffReason.CARD_REISSUE, "INC-3003");
        asking.get(form(personId, "REVOKE_CARDS"));
        asking.post(form(personId, "REVOKE_CARDS"), Map.of("why", "SOMEONE_ELSE_HAS_CARDS", "note",
                "Cards shared by mistake."));
        long requestId = onlyRequestOf(personId).id;
        String kid = keys.active().kid();
        int version = QuarkusTransaction.requiringNew().call(() -> RevocationList.versionOf(kid));
        String supervisor = TestStaff.create(StaffRole.SUPERVISOR);
        Browser deciding = TestStaff.signIn(supervisor);
        deciding.get("/helpdesk/changes");

        deciding.post("/helpdesk/changes/" + requestId + "/approve", Map.of("note", ""));

        assertThat(QuarkusTransaction.requiringNew().call(() -> RevocationList.versionOf(kid))).isEqualTo(version + 1);
        String rid = ridSecret.rid(kid, registryId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> RevocationList.entriesOf(kid)))
                .anyMatch(entry -> entry.startsWith(rid + "."));
        List<AuditAction> actions = AuditTrail.actionsOf(supervisor);
        assertThat(actions).containsSubsequence(AuditAction.STAFF_CARDS_REVOKED, AuditAction.STAFF_CARDS_REISSUED,
                AuditAction.STAFF_CHANGE_APPROVED);
        assertThat(AuditTrail.by(supervisor, AuditAction.STAFF_CARDS_REVOKED).get(0).ticket).isEqualTo("INC-3003");
        assertThat(AuditTrail.by(supervisor, AuditAction.STAFF_CARDS_REVOKED).get(0).reason)
                .isEqualTo("SOMEONE_ELSE_HAS_CARDS");
    }

    @Test
    void agentsAndAdminsSeeOrNotTheQueueButNeverDecide() {
        Browser asking = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(asking, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, null);
        asking.get(form(personId, "CONTACT"));
        asking.post(form(personId, "CONTACT"), Map.of("contact", "queued.contact@example.org", "note", "Asked."));
        long requestId = onlyRequestOf(personId).id;
        Browser otherAgent = TestStaff.signedIn(StaffRole.AGENT);
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);

        var agentQueue = otherAgent.get("/helpdesk/changes");
        assertThat(agentQueue.statusCode()).isEqualTo(200);
        assertThat(agentQueue.asString()).contains("request-" + requestId).doesNotContain("/approve\"");
        assertThat(otherAgent.post("/helpdesk/changes/" + requestId + "/approve", Map.of("note", "")).statusCode())
                .isEqualTo(403);
        assertThat(admin.get("/helpdesk/changes").statusCode()).isEqualTo(403);
        assertThat(admin.post("/helpdesk/changes/" + requestId + "/approve", Map.of("note", "")).statusCode())
                .isEqualTo(403);
        assertThat(new Browser().get("/helpdesk/changes").statusCode()).isEqualTo(303);
        assertThat(onlyRequestOf(personId).status).isEqualTo(ChangeRequest.Status.PENDING);
    }

    @Test
    void aDecisionWithoutItsCsrfTokenIsRefusedAndAnUnknownRequestIsNotFound() {
        Browser asking = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(asking, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, null);
        asking.get(form(personId, "CONTACT"));
        asking.post(form(personId, "CONTACT"), Map.of("contact", "forged.decision@example.org", "note", "Asked."));
        long requestId = onlyRequestOf(personId).id;
        Browser deciding = TestStaff.signedIn(StaffRole.SUPERVISOR);
        deciding.get("/helpdesk/changes");

        var forged = deciding.postWithoutCsrf("/helpdesk/changes/" + requestId + "/approve", Map.of("note", ""));
        var unknown = deciding.post("/helpdesk/changes/999999999/approve", Map.of("note", ""));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(onlyRequestOf(personId).status).isEqualTo(ChangeRequest.Status.PENDING);
        assertThat(contactsOf(personId)).doesNotContain("forged.decision@example.org");
    }
}
