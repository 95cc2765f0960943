package org.shcportal.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Queues test messages to recipients no other test uses, and waits for the worker. */
final class Messages {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

    private Messages() {
    }

    static String newEmail() {
        return "resident" + NEXT.incrementAndGet() + "@example.org";
    }

    /**
     * A number in the 555-0100 to 555-0199 range that the North American Numbering Plan keeps for fiction, in area code
     * 212: New Mexico's (505 and 575) belong to the fixed test residents, whose sign-in tests count what was sent to
     * them.
     */
    static String newPhone() {
        return String.format("+1212555%04d", 100 + NEXT.incrementAndGet() % 100);
    }

    static long queueCommitted(Outbox outbox, OutboundMessage.Channel channel, String recipient, String subject,
            String body) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.queue(channel, recipient, subject, body, "en"));
    }

    static OutboundMessage row(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboundMessage.<OutboundMessage> findById(id));
    }

    static OutboundMessage awaitStatus(long id, OutboundMessage.Status status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> row(id).status == status);
        return row(id);
    }
}
