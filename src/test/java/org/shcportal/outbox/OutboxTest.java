package org.shcportal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.shcportal.outbox.Messages.awaitStatus;
import static org.shcportal.outbox.Messages.newEmail;
import static org.shcportal.outbox.Messages.newPhone;
import static org.shcportal.outbox.Messages.queueCommitted;
import static org.shcportal.outbox.Messages.row;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.LogCapture;
import org.shcportal.outbox.OutboundMessage.Channel;
import org.shcportal.outbox.OutboundMessage.Status;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.MailMessage;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    MockMailbox mailbox;

    @Inject
    Scheduler scheduler;

    @Test
    void aQueuedEmailReachesTheMailboxAndIsMarkedSent() {
        String to = newEmail();
        long id = queueCommitted(outbox, Channel.EMAIL, to, "Your sign-in code", "Your code is 482913.");

        OutboundMessage sent = awaitStatus(id, Status.SENT);

        assertThat(sent.attempts).isEqualTo(1);
        assertThat(sent.sentAt).isNotNull();
        assertThat(sent.lastError).isNull();
        assertThat(sent.body).as("the test profile keeps texts for the dev outbox").isEqualTo("Your code is 482913.");
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(to);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getFrom()).isEqualTo("no-reply@immunization-registry.example");
            assertThat(mail.getSubject()).isEqualTo("Your sign-in code");
            assertThat(mail.getText()).isEqualTo("Your code is 482913.");
            assertThat(mail.getHeaders().get("Content-Language")).isEqualTo("en");
        });
    }

    @Test
    void anEmailAddressIsStoredInLowerCase() {
        String to = newEmail();
        long id = queueCommitted(outbox, Channel.EMAIL, " " + to.toUpperCase() + " ", "Subject", "Text");

        assertThat(row(id).recipient).isEqualTo(to);
    }

    @Test
    void aRolledBackTransactionQueuesNothing() {
        String to = newEmail();
        long[] id = new long[1];

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            id[0] = outbox.queue(Channel.EMAIL, to, "Your sign-in code", "Your code is 111111.", "en");
            throw new IllegalStateException("the caller's work failed");
        })).hasMessageContaining("the caller's work failed");

        assertThat(id[0]).isPositive();
        assertThat(row(id[0])).isNull();
        assertThat(mailbox.getMailMessagesSentTo(to)).isEmpty();
    }

    @Test
    void queueingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.queue(Channel.SMS, newPhone(), null, "Text", "en"))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void aQueuedSmsIsHandedToTheGatewayAndMarkedSent() {
        long id = queueCommitted(outbox, Channel.SMS, newPhone(), null, "Your code is 730021.");

        OutboundMessage sent = awaitStatus(id, Status.SENT);

        assertThat(sent.channel).isEqualTo(Channel.SMS);
        assertThat(sent.attempts).isEqualTo(1);
        assertThat(sent.sentAt).isNotNull();
    }

    @Test
    void refusesWhatDoesNotFitTheChannelWithoutQuotingItAndLeavesTheTransactionToTheCaller() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            assertThat(refused(Channel.SMS, "505-555-0101", null, "en")).message().doesNotContain("505");
            assertThat(refused(Channel.EMAIL, "+15055550101", "Subject", "en")).message().doesNotContain("505");
            refused(Channel.SMS, newPhone(), "Subject", "en");
            refused(Channel.EMAIL, newEmail(), null, "en");
            refused(Channel.EMAIL, newEmail(), "Subject", "english");
            refused(Channel.EMAIL, "a".repeat(250) + "@example.org", "Subject", "en");
            refused(Channel.EMAIL, newEmail(), "S".repeat(201), "en");
            return outbox.queue(Channel.SMS, newPhone(), null, "Text", "en");
        });

        assertThat(row(id)).isNotNull();
    }

    @Test
    void deliveryLogsNeitherRecipientsNorTexts() {
        String email = newEmail();
        String phone = newPhone();
        try (LogCapture capture = LogCapture.start()) {
            long emailId = queueCommitted(outbox, Channel.EMAIL, email, "Code for Quintana-Begay", "Code 915273");
            long smsId = queueCommitted(outbox, Channel.SMS, phone, null, "Code 602184");
            awaitStatus(emailId, Status.SENT);
            awaitStatus(smsId, Status.SENT);

            assertThat(capture.lines()).anyMatch(line -> line.contains("SMS " + smsId + " handed"));
            assertThat(capture.lines()).noneMatch(line -> line.contains(email) || line.contains(phone)
                    || line.contains("Quintana-Begay") || line.contains("915273") || line.contains("602184"));
        }
    }

    @Test
    void workersOnSeveralReplicasNeverClaimTheSameMessage() throws Exception {
        scheduler.pause(DeliveryWorker.JOB);
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            List<Long> queued = List.of(queueCommitted(outbox, Channel.SMS, newPhone(), null, "One"),
                    queueCommitted(outbox, Channel.SMS, newPhone(), null, "Two"));
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<List<Long>> first = otherReplica.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                List<Long> claimed = dueIds();
                locked.countDown();
                release.await(20, TimeUnit.SECONDS);
                return claimed;
            }));
            assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();

            List<Long> second = QuarkusTransaction.requiringNew().call(OutboxTest::dueIds);
            release.countDown();

            assertThat(first.get(20, TimeUnit.SECONDS)).containsAll(queued);
            assertThat(second).doesNotContainAnyElementsOf(queued);
        } finally {
            otherReplica.shutdownNow();
            scheduler.resume(DeliveryWorker.JOB);
        }
    }

    private Throwable refused(Channel channel, String recipient, String subject, String language) {
        Throwable thrown = catchThrowable(() -> outbox.queue(channel, recipient, subject, "Text", language));
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        return thrown;
    }

    private static List<Long> dueIds() {
        return OutboundMessage.listDueAndLock(Instant.now().plus(Duration.ofSeconds(1)), 1000).stream()
                .map(message -> message.id).toList();
    }
}
