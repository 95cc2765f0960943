package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The admin's "Registry feed" page in the help-desk console: the newest messages with their outcome and error
 * locations, and no personal data; a filter by outcome and sender; for admins only, and audited.
 */
@QuarkusTest
class RegistryFeedPageTest {

    @Inject
    FeedIngestion ingestion;

    @Test
    void anAdminSeesTheNewestMessagesWithoutPersonalData() {
        String person = FeedMessages.unique("FEED");
        String accepted = FeedMessages.unique("TC");
        String rejected = FeedMessages.unique("TC");
        ingestion.receive(message("record-change.hl7", accepted, person));
        ingestion.receive(message("missing-birth-date.hl7", rejected, FeedMessages.unique("FEED")));
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        long viewsBefore = views();

        var page = admin.get("/helpdesk/feed");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Registry feed", "Last 24 hours", accepted, rejected, "TESTCLINIC",
                "PID^1^7 101 E", "href=\"/helpdesk/feed\"")
                .doesNotContain(person, "Jordan", "Casey", "Testperson", person.toLowerCase() + "@example.org",
                        "19800215", "Albuquerque");
        assertThat(views()).isEqualTo(viewsBefore + 1);
    }

    @Test
    void theFilterShowsOneOutcomeOrOneSender() {
        String sender = FeedMessages.unique("CLINIC");
        String accepted = FeedMessages.unique("TC");
        String rejected = FeedMessages.unique("TC");
        String elsewhere = FeedMessages.unique("TC");
        ingestion.receive(message("record-change.hl7", accepted, FeedMessages.unique("FEED")));
        ingestion.receive(message("missing-birth-date.hl7", rejected, FeedMessages.unique("FEED")));
        ingestion.receive(message("wrong-version.hl7", elsewhere, FeedMessages.unique("FEED"))
                .replace("TESTEHR|TESTCLINIC|", "TESTEHR|" + sender + "|"));
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);

        assertThat(admin.get("/helpdesk/feed?outcome=AE").asString()).contains(rejected).doesNotContain(accepted,
                elsewhere);
        assertThat(admin.get("/helpdesk/feed?sender=" + sender).asString()).contains(elsewhere)
                .doesNotContain(accepted, rejected);
        var wrong = admin.get("/helpdesk/feed?outcome=XX");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("Choose an outcome: AA, AE or AR.").doesNotContain(accepted);
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = { "AGENT", "SUPERVISOR" })
    void agentsAndSupervisorsAreRefused(StaffRole role) {
        Browser staff = TestStaff.signedIn(role);

        assertThat(staff.get("/helpdesk/feed").statusCode()).isEqualTo(403);
        assertThat(staff.get("/helpdesk/corrections").asString()).doesNotContain("href=\"/helpdesk/feed\"");
    }

    private static long views() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", AuditAction.STAFF_FEED_VIEWED));
    }

    private static String message(String fixture, String control, String person) {
        return FeedMessages.load(fixture, Map.of("CONTROL", control, "PERSON", person, "EMAIL",
                person.toLowerCase() + "@example.org", "DOSE", FeedMessages.unique("IMM"), "GIVEN", "20250401", "CVX",
                "03", "STATUS", "CP"));
    }
}
