package org.shcportal.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics tells an operator about sign-in codes stuck in the outbox and messages given up on. */
@QuarkusTest
class OutboxMetricsTest {

    @Inject
    OutboxMetrics metrics;

    @TestHTTPResource(value = "metrics", management = true)
    URL prometheus;

    @Test
    void failedMessagesAreCountedAtQMetricsBesideTheOverdueOnes() {
        metrics.count();
        long failedBefore = gauge("portal_outbox_failed_messages");
        failedMessage(Instant.now());
        failedMessage(Instant.now().minus(Duration.ofHours(2)));

        metrics.count();

        assertThat(gauge("portal_outbox_failed_messages")).isEqualTo(failedBefore + 1);
        assertThat(gauge("portal_outbox_overdue_messages")).isNotNegative();
        QuarkusTransaction.requiringNew().run(() -> OutboundMessage.delete("recipient like 'metrics-%'"));
    }

    @Test
    void aMessageWaitingOutARetryDuringAnOutageIsOverdueTwoMinutesAfterItWasQueued() {
        metrics.count();
        long overdueBefore = gauge("portal_outbox_overdue_messages");
        Instant later = Instant.now().plus(Duration.ofMinutes(4));
        pendingMessage(Instant.now().minus(Duration.ofMinutes(3)), later);
        pendingMessage(Instant.now(), later);

        metrics.count();

        assertThat(gauge("portal_outbox_overdue_messages")).isEqualTo(overdueBefore + 1);
        QuarkusTransaction.requiringNew().run(() -> OutboundMessage.delete("recipient like 'metrics-%'"));
    }

    private long gauge(String name) {
        String metrics = given().get(prometheus).then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(metrics);
        assertThat(value.find()).as(name + " at /q/metrics").isTrue();
        return (long) Double.parseDouble(value.group(1));
    }

    /** A message given up on, queued at {@code queued}. */
    private static void failedMessage(Instant queued) {
        message(queued, OutboundMessage.Status.FAILED, queued);
    }

    /** A message queued at {@code queued} that failed its tries so far and waits for its next at {@code next}. */
    private static void pendingMessage(Instant queued, Instant next) {
        message(queued, OutboundMessage.Status.PENDING, next);
    }

    private static void message(Instant queued, OutboundMessage.Status status, Instant next) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboundMessage message = new OutboundMessage();
            message.channel = OutboundMessage.Channel.EMAIL;
            message.recipient = "metrics-" + System.nanoTime() + "@example.com";
            message.subject = "Your sign-in code";
            message.body = "123456";
            message.language = "en";
            message.createdAt = queued;
            message.status = status;
            message.nextAttemptAt = next;
            message.persist();
        });
    }
}
