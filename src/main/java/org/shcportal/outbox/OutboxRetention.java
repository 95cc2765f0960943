package org.shcportal.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets messages that are done with: sent or given up on more than {@link DeliveryConfig#retention()} ago. Pending
 * messages are never deleted. Any replica may run it; the delete is idempotent.
 */
@ApplicationScoped
public class OutboxRetention {

    @Inject
    DeliveryConfig config;

    @Inject
    DatabaseAvailability database;

    @Inject
    Clock clock;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (database.available()) {
            forgetOld();
        }
    }

    /** Deletes the messages past their retention; returns how many. */
    @Transactional
    long forgetOld() {
        return OutboundMessage.deleteFinishedBefore(clock.instant().minus(config.retention()));
    }
}
