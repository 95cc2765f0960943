package org.shcportal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Messages done with are deleted after the retention (30 days); pending and recent ones stay. */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    OutboxRetention retention;

    @Test
    void sentAndFailedMessagesOlderThanTheRetentionAreDeletedPendingOnesNever() {
        Instant old = Instant.now().minus(Duration.ofDays(31));
        long oldSent = message(OutboundMessage.Status.SENT, old);
        long oldFailed = message(OutboundMessage.Status.FAILED, old);
        long oldPending = message(OutboundMessage.Status.PENDING, old);
        long recentSent = message(OutboundMessage.Status.SENT, Instant.now().minus(Duration.ofDays(29)));

        retention.forgetOld();

        assertThat(Messages.row(oldSent)).isNull();
        assertThat(Messages.row(oldFailed)).isNull();
        assertThat(Messages.row(oldPending)).isNotNull();
        assertThat(Messages.row(recentSent)).isNotNull();
    }

    private static long message(OutboundMessage.Status status, Instant createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboundMessage message = new OutboundMessage();
            message.channel = OutboundMessage.Channel.EMAIL;
            message.recipient = Messages.newEmail();
            message.subject = "Your sign-in code";
            message.body = "123456";
            message.language = "en";
            message.createdAt = createdAt;
            message.status = status;
            message.sentAt = status == OutboundMessage.Status.SENT ? createdAt : null;
            // A pending message is not due for years: the delivery worker leaves it alone during the test.
            message.nextAttemptAt = Instant.now().plus(Duration.ofDays(3650));
            message.persist();
            return message.id;
        });
    }
}
