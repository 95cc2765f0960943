package org.shcportal.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.database.DatabaseFailures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Sends the outbox, on every replica. Each run claims a batch of due messages in a short transaction ({@code FOR
 * UPDATE SKIP LOCKED}, then moves them out of reach for {@code claim-timeout}), sends them with no transaction
 * open, and records each outcome in its own short transaction. A failed send is retried with exponential backoff
 * (up to {@code max-retry-delay} between tries) and given up on after {@code max-attempts}. A replica that dies
 * mid-send leaves its claims to expire, so a message is sent at least once, and rarely twice.
 */
@ApplicationScoped
public class DeliveryWorker {

    static final String JOB = "outbox-delivery";
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int MAX_ERROR_LENGTH = 100;

    @Inject
    DeliveryConfig config;

    @Inject
    Courier courier;

    @Inject
    DatabaseAvailability database;

    @Scheduled(identity = JOB, every = "${portal.delivery.poll-interval}", concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = DatabaseDown.class)
    void deliverDue() {
        try {
            List<ClaimedMessage> batch;
            do {
                batch = claimDue();
                batch.forEach(this::deliver);
            } while (batch.size() == config.batchSize());
        } catch (RuntimeException e) {
            // Claimed messages whose outcome was not recorded are tried again once their claims expire.
            if (DatabaseFailures.isUnreachable(e)) {
                database.reportUnreachable(e.getMessage());
            } else {
                // The class only: the messages of database errors can quote row values.
                LOG.errorf("Outbox delivery run failed: %s", e.getClass().getName());
            }
        }
    }

    private List<ClaimedMessage> claimDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<ClaimedMessage> claimed = new ArrayList<>();
            for (OutboundMessage message : OutboundMessage.listDueAndLock(now, config.batchSize())) {
                message.attempts++;
                message.nextAttemptAt = now.plus(config.claimTimeout());
                claimed.add(ClaimedMessage.of(message));
            }
            return claimed;
        });
    }

    private void deliver(ClaimedMessage message) {
        try {
            courier.send(message);
        } catch (Exception e) {
            recordFailure(message, errorCode(e));
            return;
        }
        record(message, row -> row.markSent(Instant.now(), config.keepSentBodies()));
        LOG.debugf("Message %d sent", message.id());
    }

    private void recordFailure(ClaimedMessage message, String error) {
        boolean givingUp = message.attempt() >= config.maxAttempts();
        LOG.warnf("Message %d not sent, attempt %d of %d: %s%s", message.id(), message.attempt(),
                config.maxAttempts(), error, givingUp ? "; giving up" : "");
        if (givingUp) {
            record(message, row -> row.markFailed(error, config.keepSentBodies()));
        } else {
            Instant retryAt = Instant.now()
                    .plus(backoff(config.retryDelay(), config.maxRetryDelay(), message.attempt()));
            record(message, row -> row.scheduleRetry(error, retryAt));
        }
    }

    /** Applies an outcome, unless another worker has claimed the message since (its outcome wins). */
    private static void record(ClaimedMessage message, Consumer<OutboundMessage> outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboundMessage row = OutboundMessage.findById(message.id());
            if (row != null && row.status == OutboundMessage.Status.PENDING && row.attempts == message.attempt()) {
                outcome.accept(row);
            }
        });
    }

    /**
     * The wait after failed attempt number {@code attempt}: {@code first}, then twice as long each time, never longer
     * than {@code longest}.
     */
    static Duration backoff(Duration first, Duration longest, int attempt) {
        Duration doubled = first.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }

    /** A failure as stored and logged: the gateway's code, or the class of the root cause (never its message). */
    static String errorCode(Exception failure) {
        if (failure instanceof SmsDeliveryException sms) {
            return sms.code();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        return name.length() > MAX_ERROR_LENGTH ? name.substring(0, MAX_ERROR_LENGTH) : name;
    }

    /** Runs are skipped while the database is unavailable; delivery resumes by itself when it is back. */
    @Singleton
    static class DatabaseDown implements Scheduled.SkipPredicate {

        @Inject
        DatabaseAvailability database;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !database.available();
        }
    }
}
