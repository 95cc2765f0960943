package org.shcportal.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.StaffReason;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/** Asking for a change that a supervisor approves: a new phone or email, a guardian link, a revocation. */
@QuarkusTest
class ChangeRequestTest {

    @Test
    void anAgentAsksForANewPhoneNumberWhichIsStoredInE164AndAudited() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, "INC-2001");
        assertThat(agent.get(form(personId, "CONTACT")).asString()).contains("New phone number or email address");

        var sent = agent.post(form(personId, "CONTACT"), Map.of("contact", "(505) 555-0177", "note",
                "Caller lost the old phone; verified by date of birth and dose date."));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/helpdesk/people/" + personId + "?done=change-requested");
        ChangeRequest request = onlyRequestOf(personId);
        assertThat(request.kind).isEqualTo(ChangeKind.ADD_PHONE);
        assertThat(request.value).isEqualTo("+15055550177");
        assertThat(request.status).isEqualTo(ChangeRequest.Status.PENDING);
        assertThat(request.requestedBy).isEqualTo(username);
        assertThat(request.reason).isEqualTo(StaffReason.CONTACT_UPDATE);
        assertThat(request.ticket).isEqualTo("INC-2001");
        AuditEvent event = AuditTrail.by(username, AuditAction.STAFF_CHANGE_REQUESTED).get(0);
        assertThat(event.subjectPersonId).isEqualTo(personId);
        assertThat(event.actorRole).isEqualTo("AGENT");
        assertThat(event.reason).isEqualTo("CONTACT_UPDATE");
        assertThat(event.ticket).isEqualTo("INC-2001");
        assertThat(contactsOf(personId)).doesNotContain("+15055550177");
    }

    @Test
    void aContactAlreadyOnFileOrNotAContactOrNoNoteIsRefusedAndNothingStored() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, null);
        String email = contactsOf(personId).stream().filter(value -> value.contains("@")).findFirst().orElseThrow();
        agent.get(form(personId, "CONTACT"));

        var onFile = agent.post(form(personId, "CONTACT"), Map.of("contact", " " + email.toUpperCase() + " ",
                "note", "Caller asked."));
        var notAContact = agent.post(form(personId, "CONTACT"), Map.of("contact", "<script>alert(1)</script>",
                "note", "Caller asked."));
        var noNote = agent.post(form(personId, "CONTACT"), Map.of("contact", "new.one@example.org", "note", "  "));
        var longNote = agent.post(form(personId, "CONTACT"), Map.of("contact", "new.one@example.org", "note",
                "x".repeat(501)));

        assertThat(onFile.statusCode()).isEqualTo(400);
        assertThat(onFile.asString()).contains("This email address is already on file for this person.");
        assertThat(notAContact.statusCode()).isEqualTo(400);
        assertThat(notAContact.asString()).contains("Enter a phone number").doesNotContain("<script>alert");
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.asString()).contains("Say why the change is needed.");
        assertThat(longNote.statusCode()).isEqualTo(400);
        assertThat(requestsOf(personId)).isEmpty();
    }

    @Test
    void theSameChangeIsNotAskedForTwice() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, null);
        agent.get(form(personId, "CONTACT"));
        Map<String, String> fields = Map.of("contact", "second.request@example.org", "note", "Caller asked.");

        assertThat(agent.post(form(personId, "CONTACT"), fields).statusCode()).isEqualTo(303);
        var again = agent.post(form(personId, "CONTACT"), fields);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.asString())
                .contains(MessageBundles.get(ApprovalMessages.class).changes_error_already_pending());
        assertThat(requestsOf(personId)).hasSize(1);
    }

    @Test
    void aGuardianLinkNeedsAMinorAnExistingOtherPersonAndARelationship() {
        Browser agent = TestStaff.signedIn(StaffRole.SUPERVISOR);
        String minor = TestPeople.minor();
        String adult = TestPeople.adultWithCards();
        long minorId = OpenedRecords.open(agent, minor, StaffReason.GUARDIAN_LINK, "INC-2002");
        long adultId = OpenedRecords.open(agent, adult, StaffReason.GUARDIAN_LINK, null);
        agent.get(form(minorId, "GUARDIAN_LINK"));

        var unknown = agent.post(form(minorId, "GUARDIAN_LINK"), Map.of("guardian", "NM-NOBODY",
                "relationship", "MOTHER", "note", "Birth certificate seen."));
        var self = agent.post(form(minorId, "GUARDIAN_LINK"), Map.of("guardian", minor, "relationship", "MOTHER",
                "note", "Birth certificate seen."));
        var noRelationship = agent.post(form(minorId, "GUARDIAN_LINK"), Map.of("guardian", adult, "relationship",
                "AUNT", "note", "Birth certificate seen."));
        var ofAnAdult = agent.post(form(adultId, "GUARDIAN_LINK"), Map.of("guardian", minor, "relationship",
                "MOTHER", "note", "Birth certificate seen."));
        var good = agent.post(form(minorId, "GUARDIAN_LINK"), Map.of("guardian", adult.toLowerCase(),
                "relationship", "LEGAL_GUARDIAN", "note", "Court order seen."));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("No person has the one entered");
        assertThat(self.asString()).contains("cannot be their own parent or guardian");
        assertThat(noRelationship.asString()).contains("Choose how the guardian is related");
        assertThat(ofAnAdult.statusCode()).isEqualTo(400);
        assertThat(ofAnAdult.asString()).contains("Only a minor can be linked");
        assertThat(agent.get(form(adultId, "GUARDIAN_LINK")).asString()).contains("Only a minor can be linked");
        assertThat(good.statusCode()).isEqualTo(303);
        ChangeRequest request = onlyRequestOf(minorId);
        assertThat(request.kind).isEqualTo(ChangeKind.ADD_GUARDIAN_LINK);
        assertThat(request.value).isEqualTo(adult);
        assertThat(request.relationship.name()).isEqualTo("LEGAL_GUARDIAN");
        assertThat(requestsOf(adultId)).isEmpty();
    }

    @Test
    void anExistingGuardianLinkIsNotAskedForAgain() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long childId = OpenedRecords.open(agent, "NM-000005", StaffReason.GUARDIAN_LINK, null);
        agent.get(form(childId, "GUARDIAN_LINK"));

        var linked = agent.post(form(childId, "GUARDIAN_LINK"), Map.of("guardian", "NM-000004", "relationship",
                "MOTHER", "note", "Mother called."));

        assertThat(linked.statusCode()).isEqualTo(400);
        assertThat(linked.asString()).contains("already linked");
        assertThat(requestsOf(childId)).isEmpty();
    }

    @Test
    void anAgentAsksForARevocationWithANote() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.CARD_REISSUE, "INC-2003");
        agent.get(form(personId, "REVOKE_CARDS"));

        var sent = agent.post(form(personId, "REVOKE_CARDS"), Map.of("why", "LOST_OR_STOLEN", "note",
                "Phone with the cards was stolen."));

        assertThat(sent.statusCode()).isEqualTo(303);
        ChangeRequest request = onlyRequestOf(personId);
        assertThat(request.kind).isEqualTo(ChangeKind.REVOKE_CARDS);
        assertThat(request.value).isNull();
        assertThat(request.note).isEqualTo("Phone with the cards was stolen.");
        assertThat(request.reason).isEqualTo(StaffReason.LOST_OR_STOLEN);
    }

    @Test
    void everyRoleThatMayNotAskIsRefusedAndUnopenedRecordsAreNotFound() {
        long personId = TestPeople.idOf(TestPeople.adultWithCards());
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        OpenedRecords.open(admin, registryIdOf(personId), StaffReason.CONTACT_UPDATE, null);
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        agent.get("/helpdesk");

        assertThat(admin.get(form(personId, "CONTACT")).statusCode()).isEqualTo(403);
        assertThat(admin.post(form(personId, "CONTACT"), Map.of("contact", "a@example.org", "note", "x")).statusCode())
                .isEqualTo(403);
        assertThat(agent.get(form(personId, "CONTACT")).statusCode()).isEqualTo(404);
        assertThat(agent.post(form(personId, "CONTACT"), Map.of("contact", "a@example.org", "note", "x"))
                .statusCode()).isEqualTo(404);
        assertThat(new Browser().get(form(personId, "CONTACT")).statusCode()).isEqualTo(303);
        assertThat(requestsOf(personId)).isEmpty();
    }

    @Test
    void anUnknownKindIsNotFoundAndAFormWithoutCsrfIsRefused() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.CONTACT_UPDATE, null);

        assertThat(agent.get(form(personId, "NAME")).statusCode()).isEqualTo(404);
        var forged = agent.postWithoutCsrf(form(personId, "CONTACT"), Map.of("contact", "forged@example.org",
                "note", "Forged."));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(requestsOf(personId)).isEmpty();
    }

    static String form(long personId, String kind) {
        return "/helpdesk/people/" + personId + "/changes/new?kind=" + kind;
    }

    static List<ChangeRequest> requestsOf(long personId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ChangeRequest.<ChangeRequest> list("person.id = ?1 order by id", personId));
    }

    static ChangeRequest onlyRequestOf(long personId) {
        List<ChangeRequest> requests = requestsOf(personId);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static List<String> contactsOf(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.listHistoryOf(Person.findById(personId)).stream()
                .filter(contact -> contact.removedOn == null).map(contact -> contact.value).toList());
    }

    static String registryIdOf(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> Person.<Person> findById(personId).registryId);
    }
}
