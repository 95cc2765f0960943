package org.shcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A value far longer than its field allows, in a script whose characters take four bytes in UTF-8 (a pasted text full
 * of emoji, say): the form comes back with one error, at that field and once in the summary, keeps the other values,
 * and nothing is stored or sent.
 */
@QuarkusTest
class OverlongValueTest {

    /** 10,000 characters of four bytes each in UTF-8 (RFC 3629 § 3): 120,000 characters once percent-encoded. */
    private static final String OVERLONG = "😀".repeat(10_000);
    private static final Pattern SUMMARY = Pattern.compile("(?s)<div class=\"error-summary\".*?</div>");
    private static final Pattern SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+)\">");

    @Test
    void anOverlongNameOnTheSignInFormIsSaidAtTheNameAndNothingIsSent() {
        Browser resident = new Browser();
        resident.get("/sign-in");
        long messagesBefore = Outboxes.countFor("john.anyperson@example.com");

        Response page = resident.post("/sign-in", Map.of("givenName", OVERLONG, "familyName", "Anyperson",
                "birthMonth", "1", "birthDay", "20", "birthYear", "1951", "contact", "john.anyperson@example.com",
                "attest", "yes"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertOneErrorAt(page.asString(), "givenName", "The name must be 100 characters or fewer");
        assertThat(page.asString()).contains("value=\"Anyperson\"", "value=\"john.anyperson@example.com\"");
        assertThat(Outboxes.countFor("john.anyperson@example.com")).isEqualTo(messagesBefore);
    }

    @Test
    void anOverlongContactOnTheSignInFormIsSaidAtTheContactField() {
        Browser resident = new Browser();
        resident.get("/sign-in");

        Response page = resident.post("/sign-in", Map.of("givenName", "John", "familyName", "Anyperson",
                "birthMonth", "1", "birthDay", "20", "birthYear", "1951", "contact", OVERLONG, "attest", "yes"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertOneErrorAt(page.asString(), "contact", "Enter a phone number like 505-555-0101");
        assertThat(page.asString()).contains("value=\"John\"", "value=\"Anyperson\"");
    }

    @Test
    void anOverlongDescriptionInACorrectionRequestIsSaidAtTheTextAreaAndNothingIsStored() {
        long john = TestPeople.idOf("NM-000001");
        Browser resident = new Browser();
        resident.setCookie(TestSessions.COOKIE, TestSessions.signIn("NM-000001"));
        resident.get("/people/" + john + "/corrections/new");
        long requestsBefore = requestsFor(john);

        Response page = resident.post("/people/" + john + "/corrections",
                Map.of("kind", "MISSING_DOSE", "description", OVERLONG, "dose-date", "2024-10-08"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertOneErrorAt(page.asString(), "description", "Use 2,000 characters or fewer. Your text has 10000.");
        assertThat(page.asString()).contains("value=\"2024-10-08\"", "value=\"MISSING_DOSE\" required checked");
        assertThat(requestsFor(john)).isEqualTo(requestsBefore);
    }

    @Test
    void anOverlongNameInTheStaffSearchIsSaidAtTheNameField() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        agent.get("/helpdesk");

        Response page = agent.post("/helpdesk", Map.of("givenName", "John", "familyName", OVERLONG,
                "birthMonth", "1", "birthDay", "20", "birthYear", "1951"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertOneErrorAt(page.asString(), "familyName", "Use 100 characters or fewer.");
        assertThat(page.asString()).contains("value=\"John\"", "value=\"1951\"");
    }

    /** One error in the summary, linking to the field; the field has its own message and is marked invalid. */
    private static void assertOneErrorAt(String page, String field, String message) {
        Matcher summary = SUMMARY.matcher(page);
        assertThat(summary.find()).as("an error summary").isTrue();
        assertThat(summary.find()).as("a second error summary").isFalse();
        List<String> links = SUMMARY_LINK.matcher(page).results().map(link -> link.group(1)).toList();
        assertThat(links).containsExactly(field);
        assertThat(page).containsPattern("id=\"" + field + "-error\"[^>]*>(<span[^>]*>[^<]*</span>)?\\s*"
                + Pattern.quote(message));
        assertThat(page).containsPattern("<(input|textarea)[^>]*id=\"" + field + "\"[^>]*aria-invalid=\"true\"");
    }

    private static long requestsFor(long personId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> CorrectionRequest.count("person.id", personId));
    }
}
