package org.shcportal.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The records page, as the demo persons see it. */
@QuarkusTest
class RecordsControllerTest {

    /** A person the registry knows who has no doses and no results (made by the test). */
    static final String EMPTY_PERSON = "TEST-NO-RECORDS";

    @Test
    void showsTheSignedInPersonsCovidDosesGroupedWithNamesLotsAndPlaces() {
        String page = as("NM-000001").get("/people/" + idOf("NM-000001")).then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .extract().asString();
        assertThat(page).contains("<title>Your records", "<h1>Your records</h1>", "John B. Anyperson",
                "<time datetime=\"1951-01-20\">January 20, 1951</time>");
        String covid = between(page, "<h3 id=\"group-covid-19\">COVID-19</h3>", "</table>");
        assertThat(covid).contains("<caption>3 doses, oldest first</caption>",
                "<th scope=\"row\">Moderna COVID-19 Vaccine</th>",
                "<time datetime=\"2021-01-01\">January 1, 2021</time>", "<td>0000007</td>",
                "<td>ABC General Hospital</td>", "<th scope=\"row\">Moderna COVID-19 Vaccine, Bivalent</th>");
        assertThat(page).doesNotContain("group-mpox", "Lab results", "No records yet", "Spikevax", "non-US");
    }

    @Test
    void namesEachVaccineByItsUsProductNameOrInPlainWordsInEnglishAndSpanish() {
        String english = as("NM-000009").get("/people/" + idOf("NM-000009")).then().statusCode(200).extract()
                .asString();
        String spanish = as("NM-000009").cookie("lang", "es").get("/people/" + idOf("NM-000009")).then()
                .statusCode(200).extract().asString();
        assertThat(english).contains("<th scope=\"row\">Flu (influenza), preservative-free injection</th>",
                "<th scope=\"row\">Pfizer-BioNTech COVID-19 Vaccine</th>");
        assertThat(spanish).contains("<th scope=\"row\">Gripe (influenza), inyección sin conservantes</th>",
                "<th scope=\"row\">Vacuna contra el COVID-19 de Pfizer-BioNTech</th>");
        assertThat(english + spanish).doesNotContain("quadrivalent", "preservative free", "EUA", "BLA", "non-US");
    }

    @Test
    void speaksSpanishWithSpanishVaccineNamesHeadingsAndDates() {
        String page = as("NM-000001").cookie("lang", "es").get("/people/" + idOf("NM-000001")).then()
                .statusCode(200)
                .extract().asString();
        assertThat(page).contains("<html lang=\"es\">", "<h1>Sus registros</h1>", "<h2>Vacunas</h2>",
                "<time datetime=\"1951-01-20\">20 de enero de 1951</time>",
                "<th scope=\"row\">Vacuna contra el COVID-19 de Moderna</th>",
                "<th scope=\"row\">Vacuna bivalente contra el COVID-19 de Moderna</th>",
                "1 de enero de 2021", "<caption>3 dosis, de la más antigua a la más reciente</caption>",
                "Qué contiene mi tarjeta", "¿Falta algo o hay un error?");
        assertThat(page).doesNotContain("Moderna COVID-19 Vaccine", "Your records", "January");
    }

    @Test
    void showsLabResultsInPlainWords() {
        String page = as("NM-000003").get("/people/" + idOf("NM-000003")).then().statusCode(200).extract().asString();
        String tests = between(page, "<h3 id=\"group-covid-19-tests\">COVID-19 tests</h3>", "</table>");
        assertThat(tests).contains("<th scope=\"row\">COVID-19 antigen test</th>", "<td>Detected</td>",
                "February 17, 2021", "<td>ABC General Hospital</td>");
        String spanish = as("NM-000003").cookie("lang", "es").get("/people/" + idOf("NM-000003")).then()
                .extract().asString();
        assertThat(spanish).contains("Pruebas de COVID-19", "Prueba de antígeno de COVID-19", "<td>Detectado</td>");
    }

    @Test
    void aGuardianSeesAChildsRecordsUnderTheChildsInitials() {
        long diego = idOf("NM-000005");
        String page = as("NM-000004").get("/people/" + diego).then().statusCode(200).extract().asString();
        assertThat(page).contains("<title>Records for D. Q.-B.", "<h1>Records for D. Q.-B.</h1>",
                "The vaccines and lab results the registry holds for D. Q.-B.", "<h2>Vaccines</h2>",
                "href=\"/people/" + diego + "/corrections/new\"", "What is inside the card");
        assertThat(between(page, "<title>", "</title>")).doesNotContain("Diego", "Quintana");
        assertThat(between(page, "<h1>", "</h1>")).doesNotContain("Diego", "Quintana");
        assertThat(page).contains("Diego Quintana-Begay").doesNotContain("B..");
    }

    @Test
    void aGuardianCannotSeeAChildWhoIsNowAnAdult() {
        String adult = as("NM-000004").get("/people/" + idOf("NM-000007")).then().statusCode(404).extract().asString();
        String missing = as("NM-000004").get("/people/987654321").then().statusCode(404).extract().asString();
        assertThat(adult).contains("Page not found").doesNotContain("Mateo");
        assertThat(withoutCsrfToken(adult)).isEqualTo(withoutCsrfToken(missing));
    }

    @Test
    void someoneElsesRecordsAreNotFound() {
        as("NM-000001").get("/people/" + idOf("NM-000002")).then()
                .statusCode(404)
                .body(containsString("Page not found"), not(containsString("Jane")), not(containsString("Jynneos")));
    }

    @Test
    void withoutSigningInTheVisitorIsSentToSignIn() {
        given().redirects().follow(false).when().get("/people/" + idOf("NM-000001")).then()
                .statusCode(303)
                .header("Location", endsWith("/sign-in"));
    }

    @Test
    void theCardPanelListsWhatACardCarriesAndNothingElse() {
        String page = as("NM-000001").get("/people/" + idOf("NM-000001")).then().statusCode(200).extract().asString();
        String panel = between(page, "<section class=\"panel card-contents\" id=\"card-contents\">", "</section>");
        assertThat(panel).contains("<h2>What is inside my card</h2>", "<details>", "<summary>",
                "The name, as it will print: John B. Anyperson", "The date of birth: January 20, 1951",
                "One card:", "<li>COVID-19</li>", "The vaccine, as a code", "The date of the dose",
                "The lot number", "Where it was given or who gave it",
                "Who issued and signed the card: State Immunization Registry (demo), at https://",
                "A label saying how carefully the registry checked who the person is");
        assertThat(panel).doesNotContain("For each lab result");
        assertThat(page).doesNotContain("101 Calle del Sol", "Santa Fe", "87501", "+15055550101", "505-555-0101",
                "john.anyperson@example.com", "NM-000001");
    }

    @Test
    void theCardPanelOfLabResultsListsTheirFields() {
        String page = as("NM-000003").get("/people/" + idOf("NM-000003")).then().statusCode(200).extract().asString();
        String panel = between(page, "id=\"card-contents\">", "</section>");
        assertThat(panel).contains("For each lab result", "The test, as a code", "The result", "The laboratory",
                "Whether the result is final or was corrected", "One card:", "<li>COVID-19 tests</li>")
                .doesNotContain("For each vaccine dose");
    }

    @Test
    void aPersonWithoutRecordsSeesAnEmptyStateAndHowToReportAMissingDose() {
        long id = emptyPerson();
        String page = given().cookie(TestSessions.COOKIE, TestSessions.signIn(EMPTY_PERSON)).when()
                .get("/people/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("<h2>No records yet</h2>", "href=\"/people/" + id + "/corrections/new\"",
                "There is nothing to put in a card yet").doesNotContain("<table", "<details>");
    }

    @Test
    void everyViewIsAuditedWithTheResidentAsActorAndTheChildAsSubject() {
        long mother = idOf("NM-000004");
        long lucia = idOf("NM-000006");
        long before = viewsOf(mother, lucia);
        as("NM-000004").get("/people/" + lucia).then().statusCode(200)
                .body(containsString("Records for L. Q.-B."));
        assertThat(viewsOf(mother, lucia)).isEqualTo(before + 1);
    }

    @Test
    void aRefusedViewIsNotAuditedAsAView() {
        long john = idOf("NM-000001");
        long jane = idOf("NM-000002");
        long before = viewsOf(john, jane);
        as("NM-000001").get("/people/" + jane).then().statusCode(404);
        assertThat(viewsOf(john, jane)).isEqualTo(before);
    }

    @Test
    void aLongHistoryIsShownInFull() {
        String page = as("NM-000008").get("/people/" + idOf("NM-000008")).then().statusCode(200).extract().asString();
        assertThat(page).contains("<caption>14 doses, oldest first</caption>", "Comirnaty (Pfizer-BioNTech COVID-19)",
                "<time datetime=\"2025-09-23\">September 23, 2025</time>");
    }

    static long emptyPerson() {
        return QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId(EMPTY_PERSON).orElseGet(() -> {
            Person person = new Person();
            person.registryId = EMPTY_PERSON;
            person.familyName = "Norecords";
            person.givenName = "Nadia";
            person.birthDate = LocalDate.of(1990, 2, 3);
            person.sex = Person.Sex.F;
            person.persist();
            return person;
        }).id);
    }

    static RequestSpecification as(String registryId) {
        return given().redirects().follow(false).cookie(TestSessions.COOKIE, TestSessions.signIn(registryId)).when();
    }

    private static long viewsOf(long actor, long subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and actorKind = ?2 and actorPersonId = ?3 and subjectPersonId = ?4",
                AuditAction.RECORDS_VIEWED, AuditEvent.ActorKind.RESIDENT, actor, subject));
    }

    /** The part of {@code text} from {@code start} to the next {@code end}. */
    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from, to < 0 ? text.length() : to + end.length());
    }

    /** Every page carries a fresh CSRF token for its sign-out button; apart from it, two pages can be equal. */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]+\"", "");
    }
}
