package org.shcportal.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.crl.Revocations;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PersonPageTest {

    @Test
    void anAgentGuessingRecordIdsGetsNotFoundEvenForPeopleWhoExist() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long existing = idOf("NM-000001");

        assertThat(agent.get("/helpdesk/people/" + existing).statusCode()).isEqualTo(404);
        assertThat(agent.get("/helpdesk/people/" + existing).asString()).doesNotContain("Anyperson");
        assertThat(agent.get("/helpdesk/people/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherSessionsOpeningDoesNotCount() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser opener = TestStaff.signIn(username);
        TestCallers.Created person = TestCallers.create();
        assertThat(TestCallers.open(opener, person.id(), "CALLER_VERIFICATION", "")).isEqualTo(303);

        Browser colleague = TestStaff.signedIn(StaffRole.SUPERVISOR);
        Browser sameAgentElsewhere = TestStaff.signIn(username);

        assertThat(opener.get("/helpdesk/people/" + person.id()).statusCode()).isEqualTo(200);
        assertThat(colleague.get("/helpdesk/people/" + person.id()).statusCode()).isEqualTo(404);
        assertThat(sameAgentElsewhere.get("/helpdesk/people/" + person.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void thePageShowsTheReasonTheIdentityAndMaskedContactsAndAddress() {
        TestCallers.Created person = TestCallers.create();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "MAIL_REQUEST", "INC-77");

        String page = agent.get("/helpdesk/people/" + person.id()).asString();

        assertThat(page).contains("Printed card by mail").contains("INC-77").contains("Rosa " + person.familyName())
                .contains(person.registryId()).contains(person.birthDate().getYear() + "")
                .contains("•••-•••-" + person.phone().substring(person.phone().length() - 4))
                .contains("c•••@example.com")
                .doesNotContain(person.email()).doesNotContain(person.phone())
                .contains("4••• J•••••• H••• R•••").doesNotContain("Juniper")
                .contains("Las Cruces, NM 88011")
                .contains("Mar 4, 2021");
    }

    @Test
    void reloadingThePageIsNotAuditedAgain() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        TestCallers.Created person = TestCallers.create();
        TestCallers.open(agent, person.id(), "CALLER_VERIFICATION", "");

        agent.get("/helpdesk/people/" + person.id());
        agent.get("/helpdesk/people/" + person.id());

        assertThat(AuditTrail.by(username, AuditAction.STAFF_RECORD_OPENED)).hasSize(1);
        assertThat(AuditTrail.lastBy(username).action).isEqualTo(AuditAction.STAFF_RECORD_OPENED);
    }

    @Test
    void issuedCardsShowWhetherTheyAreRevoked() {
        TestCallers.Created person = TestCallers.create();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(IssuanceService.class).get()
                .of(Person.<Person> findById(person.id())));
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "CARD_REISSUE", "");

        String before = agent.get("/helpdesk/people/" + person.id()).asString();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(Revocations.class).get()
                .revokePerson(person.registryId(), Optional.of(Instant.now().plusSeconds(2))));
        String after = agent.get("/helpdesk/people/" + person.id()).asString();

        assertThat(before).contains("COVID-19").contains(">Valid<").doesNotContain(">Revoked<");
        assertThat(after).contains(">Revoked<");
    }

    @Test
    void correctionRequestsOfThePersonLinkToTheQueue() {
        TestCallers.Created person = TestCallers.create();
        long requestId = QuarkusTransaction.requiringNew().call(() -> {
            Person subject = Person.findById(person.id());
            CorrectionRequest request = new CorrectionRequest();
            request.person = subject;
            request.requestedBy = subject;
            request.kind = CorrectionRequest.Kind.MISSING_DOSE;
            request.description = "My second dose is missing.";
            request.status = CorrectionRequest.Status.IN_PROGRESS;
            request.createdAt = Instant.now();
            request.updatedAt = request.createdAt;
            request.persist();
            return request.id;
        });
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "CORRECTION_REQUEST", "");

        String page = agent.get("/helpdesk/people/" + person.id()).asString();

        assertThat(page).contains("href=\"/helpdesk/corrections/" + requestId + "\"").contains("A vaccine dose is missing")
                .contains("Being reviewed");
    }

    @Test
    void childrenAndGuardiansAppearByInitialsOnly() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long mother = idOf("NM-000004");
        long son = idOf("NM-000005");
        TestCallers.open(agent, mother, "GUARDIAN_LINK", "");
        TestCallers.open(agent, son, "GUARDIAN_LINK", "");

        String motherPage = agent.get("/helpdesk/people/" + mother).asString();
        String sonPage = agent.get("/helpdesk/people/" + son).asString();

        assertThat(motherPage).contains("Child: D. Q.-B.").contains("Child: L. Q.-B.").doesNotContain("Diego");
        assertThat(sonPage).contains("Mother: M. Q.-B., born 1984").doesNotContain("Marisol");
    }

    @Test
    void theActionsOfferedFollowTheRole() {
        TestCallers.Created person = TestCallers.create();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        Browser supervisor = TestStaff.signedIn(StaffRole.SUPERVISOR);
        TestCallers.open(agent, person.id(), "CALLER_VERIFICATION", "");
        TestCallers.open(supervisor, person.id(), "SUPERVISOR_REVIEW", "");
        String base = "/helpdesk/people/" + person.id();

        String agentPage = agent.get(base).asString();
        String supervisorPage = supervisor.get(base).asString();

        assertThat(agentPage).contains(base + "/send-cards").contains(base + "/changes/new?kind=CONTACT")
                .contains(base + "/changes/new?kind=GUARDIAN_LINK").contains(base + "/changes/new?kind=REVOKE_CARDS")
                .contains(base + "/sign-in-code").doesNotContain(base + "/revoke\"");
        assertThat(supervisorPage).contains(base + "/revoke\"").doesNotContain("kind=REVOKE_CARDS");
    }

    @Test
    void theNoticesOfTheOtherActionsAreShownAndUnknownCodesIgnored() {
        TestCallers.Created person = TestCallers.create();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "CARD_REISSUE", "");
        String base = "/helpdesk/people/" + person.id();

        assertThat(agent.get(base + "?done=change-requested").asString()).contains("A supervisor has to approve it");
        assertThat(agent.get(base + "?done=revoked").asString()).contains("cards were revoked");
        assertThat(agent.get(base + "?done=cards-emailed").asString()).contains("emailed to the address on file");
        assertThat(agent.get(base + "?done=mail-queued").asString()).contains("queued for mailing");
        Response unknown = agent.get(base + "?done=%3Cb%3Ehacked%3C%2Fb%3E");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.asString()).doesNotContain("hacked").doesNotContain("class=\"notice\"");
    }

    @Test
    void anAdminCannotSeeAPersonPageAndNobodySignedOutCan() {
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        Browser nobody = new Browser();
        long person = idOf("NM-000002");

        assertThat(admin.get("/helpdesk/people/" + person).statusCode()).isEqualTo(403);
        assertThat(nobody.get("/helpdesk/people/" + person).statusCode()).isEqualTo(303);
        assertThat(nobody.get("/helpdesk/people/" + person).header("Location")).endsWith("/helpdesk/sign-in");
    }
}
