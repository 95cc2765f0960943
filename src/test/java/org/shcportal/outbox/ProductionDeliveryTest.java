package org.shcportal.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.outbox.Messages.awaitStatus;
import static org.shcportal.outbox.Messages.newEmail;
import static org.shcportal.outbox.Messages.newPhone;
import static org.shcportal.outbox.Messages.queueCommitted;
import static org.shcportal.outbox.Messages.row;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shcportal.outbox.OutboundMessage.Channel;
import org.shcportal.outbox.OutboundMessage.Status;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Delivery as configured in production: no outbox page, no texts kept, and an HTTP SMS gateway (here one that cannot
 * be reached, so every SMS fails).
 */
@QuarkusTest
@TestProfile(ProductionDeliveryTest.ProductionDelivery.class)
class ProductionDeliveryTest {

    static final int MAX_ATTEMPTS = 3;

    @Inject
    Outbox outbox;

    @Inject
    MockMailbox mailbox;

    @Test
    void theOutboxPageIsNotFoundLikeAnyUnknownPage() {
        Response unknown = given().when().get("/no/such/page");
        Response outboxPage = given().when().get("/dev/outbox");

        assertThat(outboxPage.statusCode()).isEqualTo(404);
        assertThat(outboxPage.contentType()).isEqualTo(unknown.contentType());
        assertThat(outboxPage.body().asString()).isEqualTo(unknown.body().asString()).contains("Page not found");
    }

    @Test
    void aSentEmailKeepsNoText() {
        String to = newEmail();
        long id = queueCommitted(outbox, Channel.EMAIL, to, "Your sign-in code", "Your code is 553190.");

        OutboundMessage sent = awaitStatus(id, Status.SENT);

        assertThat(sent.body).isNull();
        assertThat(sent.recipient).isEqualTo(to);
        assertThat(mailbox.getMailMessagesSentTo(to)).singleElement()
                .satisfies(mail -> assertThat(mail.getText()).isEqualTo("Your code is 553190."));
    }

    @Test
    void anSmsThatCannotBeSentIsRetriedWithBackoffThenGivenUp() {
        long id = queueCommitted(outbox, Channel.SMS, newPhone(), null, "Your code is 771204.");

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> row(id).lastError != null);
        OutboundMessage retrying = row(id);
        assertThat(retrying.status).isEqualTo(Status.PENDING);
        assertThat(retrying.attempts).isEqualTo(1);
        assertThat(retrying.lastError).isEqualTo("UNREACHABLE");
        assertThat(retrying.nextAttemptAt).isAfter(retrying.createdAt);

        OutboundMessage failed = awaitStatus(id, Status.FAILED);
        assertThat(failed.attempts).isEqualTo(MAX_ATTEMPTS);
        assertThat(failed.lastError).isEqualTo("UNREACHABLE");
        assertThat(failed.sentAt).isNull();
        assertThat(failed.body).isNull();
    }

    public static class ProductionDelivery implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The outbox page switched on, as the demo on the embedded database does: a real SMS gateway still
            // keeps it away, since the texts it would list hold sign-in codes that really went out.
            return Map.of("portal.dev-outbox.enabled", "true",
                    "portal.delivery.keep-sent-bodies", "false",
                    "portal.delivery.max-attempts", Integer.toString(MAX_ATTEMPTS),
                    "portal.delivery.retry-delay", "0.1s",
                    "portal.sms.gateway", "http",
                    "portal.sms.http.url", "http://127.0.0.1:" + closedPort() + "/messages",
                    "portal.sms.http.sender", "+15055550100",
                    "portal.sms.http.timeout", "2s");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
