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
import org.shcportal.fixtures.LogCapture;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class FindPersonTest {

    @Test
    void anAgentFindsAPersonByNameAndBirthDateAsTolerantlyAsTheSignIn() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        Response byPart = search(agent, Map.of("givenName", "INES", "familyName", " chavez ", "birthMonth", "12",
                "birthDay", "3", "birthYear", "1979"));
        Response byWhole = search(agent, Map.of("familyName", "martinez chávez", "birthMonth", "12", "birthDay", "03",
                "birthYear", "1979"));

        assertThat(byPart.statusCode()).isEqualTo(200);
        assertThat(byPart.asString()).contains("Inés María Martínez-Chávez").contains("Dec 3, 1979")
                .contains("•••-•••-0109").contains("i•••@example.net")
                .doesNotContain("ines.martinez@example.net").doesNotContain("5550109").doesNotContain("NM-000009");
        assertThat(byWhole.asString()).contains("Inés María Martínez-Chávez");
    }

    @Test
    void aPreviousNameFindsThePerson() {
        TestCallers.Created person = TestCallers.create();
        QuarkusTransaction.requiringNew().run(() -> {
            org.shcportal.registry.PersonName maiden = new org.shcportal.registry.PersonName();
            maiden.person = Person.findById(person.id());
            maiden.kind = org.shcportal.registry.PersonName.Kind.PREVIOUS;
            maiden.givenName = "Rosa";
            maiden.familyName = "Oldname";
            maiden.persist();
        });
        Browser agent = TestStaff.signedIn(StaffRole.SUPERVISOR);

        Response found = search(agent, birth(person.birthDate(), Map.of("familyName", "OLDNAME")));

        assertThat(found.asString()).contains("Rosa " + person.familyName());
    }

    @Test
    void aPhoneOrEmailFindsWhoeverHasOrHadItNormalisedAsTheSignInDoes() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        assertThat(search(agent, Map.of("contact", "(505) 555-0101")).asString()).contains("John B. Anyperson");
        assertThat(search(agent, Map.of("contact", " JOHN.Anyperson@Example.com ")).asString())
                .contains("John B. Anyperson").contains("j•••@example.com").contains("•••-•••-0101");
    }

    @Test
    void aRegistryIdFindsExactlyThatPersonInAnyCase() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        String page = search(agent, Map.of("registryId", " nm-000008 ")).asString();

        assertThat(page).contains("Gilbert Ray Tafoya").contains("1 person matches");
        assertThat(search(agent, Map.of("registryId", "NM-00000")).asString()).contains("No one matches");
    }

    @Test
    void criteriaAreCombined() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        String page = search(agent, Map.of("familyName", "Anyperson", "contact", "+1 505 555 0101")).asString();
        String wrongBirth = search(agent, Map.of("registryId", "NM-000001", "birthMonth", "1", "birthDay", "20",
                "birthYear", "1961")).asString();

        assertThat(page).contains("John B. Anyperson").doesNotContain("James T. Anyperson");
        assertThat(wrongBirth).contains("No one matches");
    }

    @Test
    void aSearchNeedsEnoughToNarrowItDownAndSaysWhat() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        Response nothing = search(agent, Map.of());
        Response nameOnly = search(agent, Map.of("givenName", "John", "familyName", "Anyperson"));
        Response birthOnly = search(agent, Map.of("birthMonth", "1", "birthDay", "20", "birthYear", "1951"));
        Response badDate = search(agent, Map.of("familyName", "Anyperson", "birthMonth", "2", "birthDay", "30",
                "birthYear", "1951"));
        Response badContact = search(agent, Map.of("contact", "not a phone"));

        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.asString()).contains("Enter something to search by");
        assertThat(nameOnly.statusCode()).isEqualTo(400);
        assertThat(nameOnly.asString()).contains("A name needs a date of birth").doesNotContain("John B. Anyperson");
        assertThat(birthOnly.statusCode()).isEqualTo(400);
        assertThat(birthOnly.asString()).contains("A date of birth needs a family name");
        assertThat(badDate.asString()).contains("Enter a real date of birth");
        assertThat(badContact.asString()).contains("Enter a phone number with its area code");
    }

    @Test
    void moreThanTwentyFiveMatchesShowNoneAndAskToRefine() {
        LocalDate birthDate = LocalDate.of(1966, 6, 6);
        String family = "Manyfold" + (char) ('a' + System.nanoTime() % 26) + (char) ('a' + System.nanoTime() / 7 % 26);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < PeopleSearch.MAX_RESULTS + 1; i++) {
                Person person = new Person();
                person.registryId = "HD-MANY-" + System.nanoTime() + "-" + i;
                person.givenName = "Same";
                person.familyName = family;
                person.birthDate = birthDate;
                person.sex = Person.Sex.U;
                person.persist();
            }
        });
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        String page = search(agent, birth(birthDate, Map.of("familyName", family))).asString();

        assertThat(page).contains("More than 25 people match").doesNotContain("Same " + family);
    }

    @Test
    void searchTermsWithSqlOrHtmlAreEscapedAndCauseNoError() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);

        Response name = search(agent, Map.of("familyName", "<script>alert(1)</script>' OR '1'='1'; DROP TABLE person;--",
                "birthMonth", "1", "birthDay", "20", "birthYear", "1951"));
        Response id = search(agent, Map.of("registryId", "' OR 1=1 --"));
        Response contact = search(agent, Map.of("contact", "<b>x</b>@example.com"));

        assertThat(name.statusCode()).isEqualTo(200);
        assertThat(name.asString()).contains("No one matches").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(id.statusCode()).isEqualTo(400);
        assertThat(id.asString()).contains("A registry id has letters, digits and hyphens only");
        assertThat(contact.statusCode()).isEqualTo(400);
        assertThat(contact.asString()).doesNotContain("<b>x</b>");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.count())).isPositive();
    }

    @Test
    void eachSearchIsAuditedWithoutItsTerms() {
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        Browser supervisor = TestStaff.signIn(username);

        search(supervisor, Map.of("registryId", "NM-000002"));

        AuditEvent event = AuditTrail.lastBy(username);
        assertThat(event.action).isEqualTo(AuditAction.STAFF_SEARCHED);
        assertThat(event.actorRole).isEqualTo("SUPERVISOR");
        assertThat(event.subjectPersonId).isNull();
        assertThat(event.reason).isNull();
        assertThat(event.ticket).isNull();
    }

    @Test
    void anAdminCannotSearchAndStartsOnTheStaffList() {
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);

        assertThat(admin.get("/helpdesk").header("Location")).endsWith("/helpdesk/staff");
        Response searched = admin.post("/helpdesk", Map.of("registryId", "NM-000001"));
        assertThat(searched.statusCode()).isEqualTo(403);
        assertThat(searched.asString()).doesNotContain("Anyperson");
        assertThat(admin.post("/helpdesk/people/1/open", Map.of("reason", "CALLER_VERIFICATION")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void withoutAStaffSessionTheSearchSendsToTheStaffSignIn() {
        Browser nobody = new Browser();
        nobody.get("/helpdesk/sign-in");

        Response searched = nobody.post("/helpdesk", Map.of("registryId", "NM-000001"));

        assertThat(searched.statusCode()).isEqualTo(303);
        assertThat(searched.header("Location")).endsWith("/helpdesk/sign-in");
        assertThat(nobody.get("/helpdesk").header("Location")).endsWith("/helpdesk/sign-in");
    }

    @Test
    void aSearchOrOpeningWithoutItsCsrfTokenIsRejected() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        long person = TestCallers.create().id();

        Response searched = agent.postWithoutCsrf("/helpdesk", Map.of("registryId", "NM-000001"));
        Response opened = agent.postWithoutCsrf("/helpdesk/people/" + person + "/open",
                Map.of("reason", "CALLER_VERIFICATION"));

        assertThat(searched.statusCode()).isEqualTo(400);
        assertThat(searched.asString()).doesNotContain("Anyperson");
        assertThat(opened.statusCode()).isEqualTo(400);
        assertThat(agent.get("/helpdesk/people/" + person).statusCode()).isEqualTo(404);
        assertThat(AuditTrail.by(username, AuditAction.STAFF_RECORD_OPENED)).isEmpty();
    }

    @Test
    void openingARecordNeedsAReasonAndKeepsTheSearch() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        TestCallers.Created person = TestCallers.create();
        Map<String, String> criteria = Map.of("registryId", person.registryId());
        search(agent, criteria);

        Response noReason = agent.post("/helpdesk/people/" + person.id() + "/open",
                with(criteria, Map.of("reason", "", "ticket", "INC-1")));
        Response madeUpReason = agent.post("/helpdesk/people/" + person.id() + "/open",
                with(criteria, Map.of("reason", "CURIOSITY")));
        Response badTicket = agent.post("/helpdesk/people/" + person.id() + "/open",
                with(criteria, Map.of("reason", "SIGN_IN_HELP", "ticket", "<img src=x>")));

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("Choose why you are opening this record")
                .contains("Rosa " + person.familyName()).contains("id=\"reason-" + person.id() + "-error\"");
        assertThat(madeUpReason.statusCode()).isEqualTo(400);
        assertThat(badTicket.statusCode()).isEqualTo(400);
        assertThat(badTicket.asString()).contains("A ticket number has up to 40").doesNotContain("<img src=x>")
                .contains("value=\"SIGN_IN_HELP\" selected");
        assertThat(agent.get("/helpdesk/people/" + person.id()).statusCode()).isEqualTo(404);
        assertThat(AuditTrail.by(username, AuditAction.STAFF_RECORD_OPENED)).isEmpty();
    }

    @Test
    void openingWithAReasonShowsTheRecordAndAuditsWhoWhyAndTheTicket() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        TestCallers.Created person = TestCallers.create();
        agent.get("/helpdesk");

        Response opened = agent.post("/helpdesk/people/" + person.id() + "/open",
                Map.of("reason", "CALLER_VERIFICATION", "ticket", " INC-20461 "));

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.header("Location")).endsWith("/helpdesk/people/" + person.id());
        AuditEvent event = AuditTrail.lastBy(username);
        assertThat(event.action).isEqualTo(AuditAction.STAFF_RECORD_OPENED);
        assertThat(event.actorStaff).isEqualTo(username);
        assertThat(event.actorRole).isEqualTo("AGENT");
        assertThat(event.subjectPersonId).isEqualTo(person.id());
        assertThat(event.reason).isEqualTo("CALLER_VERIFICATION");
        assertThat(event.ticket).isEqualTo("INC-20461");
    }

    @Test
    void theResidentSeesTheOpeningAndTheReasonInTheirAccessHistory() {
        TestCallers.Created person = TestCallers.create();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        assertThat(TestCallers.open(agent, person.id(), "CALLER_VERIFICATION", "")).isEqualTo(303);

        Browser resident = new Browser();
        resident.setCookie(TestSessions.COOKIE, TestSessions.signIn(person.registryId()));
        String history = resident.get("/account/history").asString();

        assertThat(history).contains("A help-desk agent").contains("Opened your record")
                .contains("Reason given: Verifying a caller");
    }

    @Test
    void openingSomeoneWhoDoesNotExistIsNotFound() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        agent.get("/helpdesk");

        assertThat(agent.post("/helpdesk/people/999999999/open", Map.of("reason", "CALLER_VERIFICATION"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void searchingOpeningAndResendingLogNoPersonalData() {
        TestCallers.Created person = TestCallers.create();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        LogCapture capture = LogCapture.start();
        try {
            search(agent, birth(person.birthDate(), Map.of("familyName", person.familyName())));
            search(agent, Map.of("contact", person.email()));
            search(agent, Map.of("contact", person.phone(), "registryId", "<bad id>"));
            TestCallers.open(agent, person.id(), "SIGN_IN_HELP", "INC-1");
            String page = agent.get("/helpdesk/people/" + person.id()).asString();
            agent.post("/helpdesk/people/" + person.id() + "/sign-in-code",
                    Map.of("contact", TestCallers.contactChoices(page).get(0)));
        } finally {
            capture.close();
        }
        assertThat(capture.lines()).noneSatisfy(line -> assertThat(line).containsAnyOf(person.familyName(),
                person.email(), person.phone(), person.phone().substring(2)));
    }

    private static Response search(Browser staff, Map<String, String> criteria) {
        staff.get("/helpdesk");
        return staff.post("/helpdesk", criteria);
    }

    private static Map<String, String> birth(LocalDate date, Map<String, String> others) {
        return with(others, Map.of("birthMonth", String.valueOf(date.getMonthValue()), "birthDay",
                String.valueOf(date.getDayOfMonth()), "birthYear", String.valueOf(date.getYear())));
    }

    private static Map<String, String> with(Map<String, String> first, Map<String, String> second) {
        Map<String, String> all = new HashMap<>(first);
        all.putAll(second);
        return all;
    }
}
