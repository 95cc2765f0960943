package org.shcportal.checking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shcportal.audit.Pseudonyms;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.database.WindowCounters;

import io.quarkus.scheduler.Scheduled;

/**
 * Checks per client address in fixed windows, counted by {@link WindowCounters} so that every replica counts the
 * same checks. The key is a keyed hash of the address: the table holds no
 * address and nothing of the card. While the database cannot be reached, checks are not counted: the limit on checks
 * at once still holds.
 */
@ApplicationScoped
class CheckRateLimit {

    static final String BUCKET = "CHECK";
    private static final String PURPOSE = "check-client-ip";
    private static final Logger LOG = Logger.getLogger(CheckRateLimit.class);

    @Inject
    WindowCounters counters;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    DatabaseAvailability database;

    @Inject
    CheckConfig config;

    /**
     * Counts one check from {@code address}.
     *
     * @return 0 when it may go ahead, else the seconds until its window ends
     */
    long waitFor(String address) {
        if (!database.available()) {
            return 0;
        }
        try {
            int hits = counters.count(BUCKET, pseudonyms.of(PURPOSE, address), config.window());
            return hits <= config.checksPerAddress() ? 0 : counters.secondsLeft(config.window());
        } catch (RuntimeException e) {
            LOG.warnf("Checks could not be counted (%s); this one goes ahead", e.getClass().getName());
            return 0;
        }
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (database.available()) {
            counters.forgetEnded(BUCKET, config.window());
        }
    }
}
