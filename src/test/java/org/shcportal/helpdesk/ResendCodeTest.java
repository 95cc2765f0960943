package org.shcportal.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ResendCodeTest {

    @Test
    void theCallerSignsInWithTheCodeTheHelpDeskSentInsteadOfTheFirstOne() {
        TestCallers.Created person = TestCallers.create();
        Browser resident = startSignIn(person, person.phone());
        String firstCode = Outboxes.lastCodeFor(person.phone()).orElseThrow();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "INC-5");
        agent.get("/helpdesk/people/" + person.id());

        Response sent = agent.post("/helpdesk/people/" + person.id() + "/sign-in-code",
                Map.of("contact", String.valueOf(contactId(person, Contact.Kind.PHONE))));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/helpdesk/people/" + person.id() + "?done=code-sent");
        assertThat(agent.get(sent.header("Location")).asString()).contains("A new sign-in code was sent");
        String deskCode = Outboxes.lastCodeFor(person.phone()).orElseThrow();
        if (!deskCode.equals(firstCode)) {
            assertThat(resident.post("/sign-in/code", Map.of("code", firstCode)).statusCode()).isEqualTo(400);
        }
        Response signedIn = resident.post("/sign-in/code", Map.of("code", deskCode));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/account");
    }

    @Test
    void aCodeToAnotherContactOnFileCompletesTheSignInTheCallerStarted() {
        TestCallers.Created person = TestCallers.create();
        Browser resident = startSignIn(person, person.phone());
        Browser agent = TestStaff.signedIn(StaffRole.SUPERVISOR);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "");
        String page = agent.get("/helpdesk/people/" + person.id()).asString();
        long email = contactId(person, Contact.Kind.EMAIL);
        assertThat(TestCallers.contactChoices(page)).containsExactlyInAnyOrder(String.valueOf(email),
                String.valueOf(contactId(person, Contact.Kind.PHONE)));

        agent.post("/helpdesk/people/" + person.id() + "/sign-in-code", Map.of("contact", String.valueOf(email)));
        Response signedIn = resident.post("/sign-in/code",
                Map.of("code", Outboxes.lastCodeFor(person.email()).orElseThrow()));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/account");
    }

    @Test
    void theResendIsAuditedWithTheReasonAndTicketAndTheResidentSeesIt() {
        TestCallers.Created person = TestCallers.create();
        startSignIn(person, person.phone());
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "INC-900");
        agent.get("/helpdesk/people/" + person.id());

        agent.post("/helpdesk/people/" + person.id() + "/sign-in-code",
                Map.of("contact", String.valueOf(contactId(person, Contact.Kind.EMAIL))));

        AuditEvent event = AuditTrail.lastBy(username);
        assertThat(event.action).isEqualTo(AuditAction.STAFF_CODE_RESENT);
        assertThat(event.actorRole).isEqualTo("AGENT");
        assertThat(event.subjectPersonId).isEqualTo(person.id());
        assertThat(event.reason).isEqualTo("SIGN_IN_HELP");
        assertThat(event.ticket).isEqualTo("INC-900");
        Browser resident = new Browser();
        resident.setCookie(TestSessions.COOKIE, TestSessions.signIn(person.registryId()));
        assertThat(resident.get("/account/history").asString())
                .contains("Sent you a sign-in code to a contact on your record").contains("Help signing in");
    }

    @Test
    void theAgentIsToldNothingWasSentWhenNoSignInWaitsForTheCode() {
        TestCallers.Created person = TestCallers.create();
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "");
        assertThat(agent.get("/helpdesk/people/" + person.id()).asString())
                .contains("No sign-in is waiting for a code");

        Response refused = agent.post("/helpdesk/people/" + person.id() + "/sign-in-code",
                Map.of("contact", String.valueOf(contactId(person, Contact.Kind.EMAIL))));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("Nothing was sent: no sign-in is waiting for this person")
                .doesNotContain("A new sign-in code was sent");
        assertThat(Outboxes.countFor(person.email())).isZero();
        assertThat(AuditTrail.by(username, AuditAction.STAFF_CODE_RESENT)).isEmpty();
    }

    @Test
    void onlyAContactOnFileOfThatPersonGetsACode() {
        TestCallers.Created person = TestCallers.create();
        TestCallers.Created other = TestCallers.create();
        long removed = QuarkusTransaction.requiringNew().call(() -> {
            Contact old = new Contact();
            old.person = Person.findById(person.id());
            old.kind = Contact.Kind.EMAIL;
            old.value = "old." + person.email();
            old.addedOn = LocalDate.of(2016, 1, 1);
            old.removedOn = LocalDate.of(2019, 1, 1);
            old.persist();
            return old.id;
        });
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "");
        String page = agent.get("/helpdesk/people/" + person.id()).asString();
        String path = "/helpdesk/people/" + person.id() + "/sign-in-code";

        Response othersContact = agent.post(path,
                Map.of("contact", String.valueOf(contactId(other, Contact.Kind.EMAIL))));
        Response typed = agent.post(path, Map.of("contact", "attacker@example.com"));
        Response removedOne = agent.post(path, Map.of("contact", String.valueOf(removed)));
        Response none = agent.post(path, Map.of());

        assertThat(TestCallers.contactChoices(page)).doesNotContain(String.valueOf(removed));
        for (Response refused : new Response[] { othersContact, typed, removedOne, none }) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.asString()).contains("Choose one of the phone numbers or emails on file");
        }
        assertThat(Outboxes.countFor(other.email())).isZero();
        assertThat(Outboxes.countFor("attacker@example.com")).isZero();
        assertThat(Outboxes.countFor("old." + person.email())).isZero();
        assertThat(AuditTrail.by(username, AuditAction.STAFF_CODE_RESENT)).isEmpty();
    }

    @Test
    void anAdminMayNotResendAndAnUnopenedRecordIsNotFound() {
        TestCallers.Created person = TestCallers.create();
        String phone = String.valueOf(contactId(person, Contact.Kind.PHONE));
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        admin.get("/helpdesk/sign-in");
        agent.get("/helpdesk");
        String path = "/helpdesk/people/" + person.id() + "/sign-in-code";

        assertThat(admin.post(path, Map.of("contact", phone)).statusCode()).isEqualTo(403);
        assertThat(agent.post(path, Map.of("contact", phone)).statusCode()).isEqualTo(404);
        assertThat(Outboxes.countFor(person.phone())).isZero();
    }

    @Test
    void aResendWithoutItsCsrfTokenSendsNothing() {
        TestCallers.Created person = TestCallers.create();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "");

        Response forged = agent.postWithoutCsrf("/helpdesk/people/" + person.id() + "/sign-in-code",
                Map.of("contact", String.valueOf(contactId(person, Contact.Kind.PHONE))));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(Outboxes.countFor(person.phone())).isZero();
    }

    /** The resident fills in the sign-in form and waits on the code page. */
    private static Browser startSignIn(TestCallers.Created person, String contact) {
        Browser resident = new Browser();
        resident.get("/sign-in");
        Map<String, String> form = new HashMap<>();
        form.put("givenName", person.givenName());
        form.put("familyName", person.familyName());
        form.put("birthMonth", String.valueOf(person.birthDate().getMonthValue()));
        form.put("birthDay", String.valueOf(person.birthDate().getDayOfMonth()));
        form.put("birthYear", String.valueOf(person.birthDate().getYear()));
        form.put("contact", contact);
        form.put("attest", "yes");
        assertThat(resident.post("/sign-in", form).header("Location")).endsWith("/sign-in/code");
        resident.get("/sign-in/code");
        return resident;
    }

    private static long contactId(TestCallers.Created person, Contact.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.<Contact> find("person.id = ?1 and kind = ?2",
                person.id(), kind).firstResult().id);
    }
}
