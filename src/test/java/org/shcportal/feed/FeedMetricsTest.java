package org.shcportal.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics counts the feed's messages by outcome and sender, their problems by HL7 code, and their time. */
@QuarkusTest
class FeedMetricsTest {

    private static final Pattern SENDER_TAG = Pattern.compile(
            "(?m)^portal_feed_messages_total\\{[^}]*sender=\"([^\"]*)\"[^}]*\\} ");

    @Inject
    FeedIngestion ingestion;

    @TestHTTPResource(value = "metrics", management = true)
    URL prometheus;

    @Test
    void messagesProblemsAndTimeAreCountedAtQMetrics() {
        double accepted = value("portal_feed_messages_total", "outcome=\"AA\"");
        double missingBirthDates = value("portal_feed_problems_total", "code=\"101\"");
        double answered = value("portal_feed_message_seconds_count");

        ingestion.receive(message("record-change.hl7"));
        ingestion.receive(message("missing-birth-date.hl7"));

        assertThat(value("portal_feed_messages_total", "outcome=\"AA\"")).isEqualTo(accepted + 1);
        assertThat(value("portal_feed_messages_total", "outcome=\"AE\"")).isPositive();
        assertThat(value("portal_feed_problems_total", "code=\"101\"")).isEqualTo(missingBirthDates + 1);
        assertThat(value("portal_feed_message_seconds_count")).isEqualTo(answered + 2);
        assertThat(value("portal_feed_message_seconds_sum")).isPositive();
    }

    @Test
    void senderTagsStopAtFiftyAndTheRestCountAsOther() {
        for (int i = 0; i < FeedMetrics.MAX_SENDERS + 10; i++) {
            String sender = FeedMessages.unique("SENDER");
            ingestion.receive(message("wrong-version.hl7").replace("TESTEHR|TESTCLINIC|", "TESTEHR|" + sender + "|"));
        }

        String metrics = scrape();
        Matcher tags = SENDER_TAG.matcher(metrics);
        long senders = tags.results().map(tag -> tag.group(1)).distinct()
                .filter(tag -> !tag.equals(FeedMetrics.OTHER_SENDER) && !tag.equals(FeedMetrics.NO_SENDER)).count();
        assertThat(senders).isLessThanOrEqualTo(FeedMetrics.MAX_SENDERS);
        assertThat(value("portal_feed_messages_total", "outcome=\"AR\"", "sender=\"other\"")).isGreaterThanOrEqualTo(10);
    }

    private static String message(String fixture) {
        String id = FeedMessages.unique("FEED");
        return FeedMessages.load(fixture, Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", id, "EMAIL",
                id.toLowerCase() + "@example.org", "DOSE", FeedMessages.unique("IMM"), "GIVEN", "20250401", "CVX", "03",
                "STATUS", "CP"));
    }

    /** The sum of the series with these labels, whatever their other labels (0 before one exists). */
    private double value(String name, String... labels) {
        Pattern series = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.E+-]+)$");
        Matcher lines = series.matcher(scrape());
        double sum = 0;
        while (lines.find()) {
            String found = lines.group(1) == null ? "" : lines.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(lines.group(2));
            }
        }
        return sum;
    }

    private String scrape() {
        return given().get(prometheus).then().statusCode(200).extract().asString();
    }
}
