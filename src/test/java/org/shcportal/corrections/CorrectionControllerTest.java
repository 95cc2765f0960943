package org.shcportal.corrections;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.TestSessions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/** "Something missing or wrong?": the form, what it stores, and what it refuses. */
@QuarkusTest
class CorrectionControllerTest {

    private static final String CSRF = "csrf-token";
    /** Forms as browsers send them from a UTF-8 page: UTF-8, and no charset in the Content-Type. */
    private static final RestAssuredConfig BROWSER_FORMS = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"" + CSRF + "\" value=\"([^\"]+)\"");

    @Test
    void aValidRequestIsStoredAuditedAndConfirmedAfterARedirect() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        long auditsBefore = correctionAudits(johnId, johnId);
        Response response = john.submit(johnId, "MISSING_DOSE", "Flu shot at Rio Grande Pharmacy #112 in October.",
                "2024-10-08");
        response.then().statusCode(303)
                .header("Location", matchesPattern(".*/people/" + johnId + "/corrections/[0-9]+$"));
        long requestId = Long.parseLong(response.header("Location").replaceAll(".*/", ""));

        Stored stored = stored(requestId);
        assertThat(stored.kind()).isEqualTo(CorrectionRequest.Kind.MISSING_DOSE);
        assertThat(stored.status()).isEqualTo(CorrectionRequest.Status.OPEN);
        assertThat(stored.description()).isEqualTo("Flu shot at Rio Grande Pharmacy #112 in October.");
        assertThat(stored.doseDate()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(stored.personId()).isEqualTo(johnId);
        assertThat(stored.requestedById()).isEqualTo(johnId);
        assertThat(stored.outcome()).isNull();
        assertThat(correctionAudits(johnId, johnId)).isEqualTo(auditsBefore + 1);

        john.get(response.header("Location")).then().statusCode(200)
                .body(containsString("<h1>Request sent</h1>"), containsString("What happens next"),
                        containsString("within 5 business days"), containsString("phone number the registry has on file"),
                        containsString("the card changes too"), containsString("1-800-555-0199"),
                        containsString("October 8, 2024"), containsString("A vaccine dose is missing"));
        john.get("/people/" + johnId).then().statusCode(200)
                .body(containsString("Requests to fix this record"),
                        containsString("<span class=\"status status-open\">Received</span>"),
                        containsString("<dd>A vaccine dose is missing</dd>"));
    }

    @Test
    void aGuardianReportsAProblemInAChildsRecordUnderTheChildsInitials() {
        Session mother = new Session("NM-000004");
        long motherId = idOf("NM-000004");
        long diego = idOf("NM-000005");
        mother.get("/people/" + diego + "/corrections/new").then().statusCode(200)
                .body(containsString("in the record of D. Q.-B.</p>"), containsString("<fieldset"),
                        containsString("<legend class=\"legend\">What is missing or wrong?</legend>"));
        Response response = mother.submit(diego, "WRONG_NAME_OR_BIRTH_DATE", "His second family name is Begay.", "");
        response.then().statusCode(303);
        Stored stored = stored(Long.parseLong(response.header("Location").replaceAll(".*/", "")));
        assertThat(stored.personId()).isEqualTo(diego);
        assertThat(stored.requestedById()).isEqualTo(motherId);
        assertThat(stored.doseDate()).isNull();
        assertThat(correctionAudits(motherId, diego)).isPositive();
        mother.get(response.header("Location")).then().statusCode(200)
                .body(containsString("about the record of D. Q.-B.</p>"));
    }

    @Test
    void aMissingKindIsRefusedWithMessagesAndNothingIsStored() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        long before = requestsOf(johnId);
        String page = john.submit(johnId, null, "Something", "").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("<title>Error: Report something missing or wrong", "There is a problem",
                "<a href=\"#kind-missing-dose\">Choose what is missing or wrong.</a>",
                "<fieldset aria-describedby=\"kind-error\">", "id=\"kind-error\"", "aria-invalid=\"true\"",
                ">Something</textarea>");
        assertThat(requestsOf(johnId)).isEqualTo(before);
    }

    @Test
    void aDescriptionOverTheLimitIsRefusedAndOneAtTheLimitWithEmojiIsKept() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        long before = requestsOf(johnId);
        String page = john.submit(johnId, "OTHER", "x".repeat(2001), "").then().statusCode(400).extract().asString();
        assertThat(page).contains("Use 2,000 characters or fewer. Your text has 2001.",
                "aria-describedby=\"description-hint description-error\"", "<a href=\"#description\">");
        john.submit(johnId, "OTHER", "ñ".repeat(3000), "").then().statusCode(400)
                .body(containsString("Your text has 3000."));
        john.submit(johnId, "OTHER", "   ", "").then().statusCode(400)
                .body(containsString("Tell us what is missing or wrong."));
        assertThat(requestsOf(johnId)).isEqualTo(before);

        String start = "💉 Vacuna en la farmacia 👍 ¿está bien? ";
        String emoji = start + "é".repeat(2000 - start.codePointCount(0, start.length()));
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(2000);
        Response response = john.submit(johnId, "OTHER", emoji, "");
        response.then().statusCode(303);
        assertThat(stored(Long.parseLong(response.header("Location").replaceAll(".*/", ""))).description())
                .isEqualTo(emoji);
    }

    @Test
    void markupAndSqlAreStoredAsTypedAndEscapedOnDisplay() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        String text = "<script>alert('x')</script> <b>bold</b> '); DROP TABLE correction_request; --";
        Response response = john.submit(johnId, "WRONG_DOSE", text, "");
        response.then().statusCode(303);
        assertThat(stored(Long.parseLong(response.header("Location").replaceAll(".*/", ""))).description())
                .isEqualTo(text);
        String page = john.get(response.header("Location")).then().statusCode(200).extract().asString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>", "<b>bold");
    }

    @Test
    void aDoseDateInTheFutureOrNotADateIsRefused() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        long before = requestsOf(johnId);
        john.submit(johnId, "MISSING_DOSE", "A dose", LocalDate.now().plusDays(2).toString()).then().statusCode(400)
                .body(containsString("The date of the dose must be today or in the past."));
        john.submit(johnId, "MISSING_DOSE", "A dose", "2021-02-30").then().statusCode(400)
                .body(containsString("Enter a real date"), containsString("value=\"2021-02-30\""));
        john.submit(johnId, "MISSING_DOSE", "A dose", "1950-01-01").then().statusCode(400)
                .body(containsString("cannot be before the date of birth"));
        assertThat(requestsOf(johnId)).isEqualTo(before);
    }

    @Test
    void theFormSpeaksSpanish() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        given().cookie(TestSessions.COOKIE, john.session).cookie("lang", "es").when()
                .get("/people/" + johnId + "/corrections/new").then().statusCode(200)
                .body(containsString("¿Qué falta o qué está mal?"), containsString("Falta una dosis de vacuna"),
                        containsString("Enviar solicitud"));
    }

    @Test
    void withoutTheCsrfTokenNothingIsStored() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        long before = requestsOf(johnId);
        int status = given().redirects().follow(false).cookie(TestSessions.COOKIE, john.session)
                .formParam("kind", "OTHER").formParam("description", "No token")
                .when().post("/people/" + johnId + "/corrections").then().extract().statusCode();
        assertThat(status).isGreaterThanOrEqualTo(400);
        int forged = given().redirects().follow(false).cookie(TestSessions.COOKIE, john.session)
                .cookie(CSRF, john.csrf).formParam(CSRF, "forged" + john.csrf)
                .formParam("kind", "OTHER").formParam("description", "Wrong token")
                .when().post("/people/" + johnId + "/corrections").then().extract().statusCode();
        assertThat(forged).isGreaterThanOrEqualTo(400);
        assertThat(requestsOf(johnId)).isEqualTo(before);
    }

    @Test
    void someoneElsesRecordIsNotFoundAndNothingIsStored() {
        Session john = new Session("NM-000001");
        long jane = idOf("NM-000002");
        long adult = idOf("NM-000007");
        long janeBefore = requestsOf(jane);
        john.get("/people/" + jane + "/corrections/new").then().statusCode(404);
        john.submit(jane, "OTHER", "Not mine", "").then().statusCode(404);
        new Session("NM-000004").submit(adult, "OTHER", "He is an adult now", "").then().statusCode(404);
        assertThat(requestsOf(jane)).isEqualTo(janeBefore);
        assertThat(requestsOf(adult)).isZero();
    }

    @Test
    void aConfirmationIsOnlyForTheResidentWhoSentIt() {
        Session john = new Session("NM-000001");
        long johnId = idOf("NM-000001");
        String location = john.submit(johnId, "OTHER", "Mine", "").header("Location");
        new Session("NM-000002").get(location).then().statusCode(404);
        john.get("/people/" + johnId + "/corrections/999999999").then().statusCode(404);
    }

    @Test
    void withoutSigningInTheVisitorIsSentToSignIn() {
        given().redirects().follow(false).when().get("/people/" + idOf("NM-000001") + "/corrections/new").then()
                .statusCode(303).header("Location", endsWith("/sign-in"));
    }

    /** A signed-in browser that has opened its own correction form, so it holds a CSRF cookie and token. */
    private static final class Session {
        final String session;
        final String csrf;

        Session(String registryId) {
            session = TestSessions.signIn(registryId);
            Response form = given().cookie(TestSessions.COOKIE, session).when()
                    .get("/people/" + idOf(registryId) + "/corrections/new");
            form.then().statusCode(200);
            Matcher field = CSRF_FIELD.matcher(form.asString());
            assertThat(field.find()).as("CSRF field in the form").isTrue();
            csrf = field.group(1);
            assertThat(form.cookie(CSRF)).isNotBlank();
            assertThat(form.cookie(CSRF)).isEqualTo(csrf);
        }

        Response get(String path) {
            return given().redirects().follow(false).cookie(TestSessions.COOKIE, session).when().get(path);
        }

        Response submit(long personId, String kind, String description, String doseDate) {
            var request = given().config(BROWSER_FORMS).redirects().follow(false)
                    .cookie(TestSessions.COOKIE, session).cookie(CSRF, csrf)
                    .formParam(CSRF, csrf).formParam("description", description).formParam("dose-date", doseDate);
            if (kind != null) {
                request.formParam("kind", kind);
            }
            return request.when().post("/people/" + personId + "/corrections");
        }
    }

    private static Stored stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CorrectionRequest request = CorrectionRequest.findById(id);
            return new Stored(request.person.id, request.requestedBy.id, request.kind, request.description,
                    request.doseDate, request.status, request.outcome);
        });
    }

    /** A stored request, read in its own transaction. */
    private record Stored(long personId, long requestedById, CorrectionRequest.Kind kind, String description,
            LocalDate doseDate, CorrectionRequest.Status status, String outcome) {
    }

    private static long requestsOf(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> CorrectionRequest.count("person.id", personId));
    }

    private static long correctionAudits(long actor, long subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and actorPersonId = ?2 and subjectPersonId = ?3", AuditAction.CORRECTION_REQUESTED,
                actor, subject));
    }
}
