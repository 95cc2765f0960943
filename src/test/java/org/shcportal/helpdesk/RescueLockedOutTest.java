package org.shcportal.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.registry.Contact;
import org.shcportal.signin.LockOutTest;
import org.shcportal.staff.StaffRole;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A resident whose self-service sign-in is paused by the rate limits is signed in by a code the help desk sends to a
 * contact on file, and the agent is told the truth when the help desk's own limit refuses a code.
 */
@QuarkusTest
@TestProfile(LockOutTest.Limits.class)
class RescueLockedOutTest {

    @BeforeEach
    void newWindow() {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(EntityManager.class).get()
                .createNativeQuery("DELETE FROM rate_limit_counter").executeUpdate());
    }

    @Test
    void anAgentsCodeToTheSamePhoneSignsInAResidentWhosePhoneHadTooManyCodes() {
        TestCallers.Created person = TestCallers.create();
        Browser resident = lockedOut(person);
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "INC-18");
        String record = agent.get("/helpdesk/people/" + person.id()).asString();

        Response sent = send(agent, person, Contact.Kind.PHONE);

        assertThat(sent.statusCode()).isEqualTo(303);
        assertSignsIn(resident, Outboxes.lastCodeFor(person.phone()).orElseThrow());
        assertThat(record).contains("self-service sign-in is paused until")
                .contains("A sign-in is waiting for a code");
    }

    @Test
    void anAgentsCodeToAnotherContactSignsInAResidentWhoseRequestsWerePaused() {
        TestCallers.Created person = TestCallers.create();
        Browser resident = lockedOut(person);
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "");
        agent.get("/helpdesk/people/" + person.id());

        Response sent = send(agent, person, Contact.Kind.EMAIL);

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(agent.get(sent.header("Location")).asString()).contains("A new sign-in code was sent");
        assertSignsIn(resident, Outboxes.lastCodeFor(person.email()).orElseThrow());
    }

    @Test
    void theAgentIsToldNothingWasSentWhenTheHelpDeskLimitRefusesTheCode() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        for (int i = 0; i < 2; i++) {
            TestCallers.Created helped = TestCallers.create();
            startSignIn(helped);
            TestCallers.open(agent, helped.id(), "SIGN_IN_HELP", "");
            assertThat(send(agent, helped, Contact.Kind.EMAIL).statusCode()).isEqualTo(303);
        }
        TestCallers.Created person = TestCallers.create();
        startSignIn(person);
        TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "");
        long before = Outboxes.countFor(person.email());

        Response refused = send(agent, person, Contact.Kind.EMAIL);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.asString()).contains("Nothing was sent: you have sent as many sign-in codes as the help desk"
                + " allows one agent in an hour").doesNotContain("A new sign-in code was sent");
        assertThat(Outboxes.countFor(person.email())).isEqualTo(before);
    }

    /** Six sign-in requests with the person's details: the sixth is paused; the browser waits on the code page. */
    private static Browser lockedOut(TestCallers.Created person) {
        Browser resident = new Browser();
        for (int i = 0; i < 6; i++) {
            startSignIn(resident, person);
        }
        resident.get("/sign-in/code");
        return resident;
    }

    private static Browser startSignIn(TestCallers.Created person) {
        Browser resident = new Browser();
        startSignIn(resident, person);
        return resident;
    }

    private static void startSignIn(Browser resident, TestCallers.Created person) {
        resident.get("/sign-in");
        Map<String, String> form = new HashMap<>();
        form.put("givenName", person.givenName());
        form.put("familyName", person.familyName());
        form.put("birthMonth", String.valueOf(person.birthDate().getMonthValue()));
        form.put("birthDay", String.valueOf(person.birthDate().getDayOfMonth()));
        form.put("birthYear", String.valueOf(person.birthDate().getYear()));
        form.put("contact", person.phone());
        form.put("attest", "yes");
        assertThat(resident.post("/sign-in", form).header("Location")).endsWith("/sign-in/code");
    }

    private static Response send(Browser agent, TestCallers.Created person, Contact.Kind kind) {
        long contact = QuarkusTransaction.requiringNew().call(() -> Contact.<Contact> find(
                "person.id = ?1 and kind = ?2", person.id(), kind).firstResult().id);
        return agent.post("/helpdesk/people/" + person.id() + "/sign-in-code", Map.of("contact",
                String.valueOf(contact)));
    }

    private static void assertSignsIn(Browser resident, String code) {
        Response signedIn = resident.post("/sign-in/code", Map.of("code", code));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/account");
    }
}
