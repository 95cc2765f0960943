package org.shcportal.checking;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.shcportal.audit.Pseudonyms;
import org.shcportal.database.DatabaseAvailability;

import io.quarkus.scheduler.Scheduled;

/**
 * Checks per client address in fixed windows, counted in PostgreSQL's {@code rate_limit_counter} (one upsert per
 * check) so that every replica counts the same checks. The key is a keyed hash of the address: the table holds no
 * address and nothing of the card. While the database cannot be reached, checks are not counted: the limit on checks
 * at once still holds.
 */
@ApplicationScoped
class CheckRateLimit {

    static final String BUCKET = "CHECK";
    private static final String PURPOSE = "check-client-ip";
    private static final Logger LOG = Logger.getLogger(CheckRateLimit.class);
    private static final String COUNT = """
            INSERT INTO rate_limit_counter (bucket, key_hash, window_start, hits) VALUES (?1, ?2, ?3, 1)
            ON CONFLICT (bucket, key_hash, window_start) DO UPDATE SET hits = rate_limit_counter.hits + 1
            RETURNING hits""";

    @Inject
    EntityManager entityManager;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    DatabaseAvailability database;

    @Inject
    CheckConfig config;

    @Inject
    Clock clock;

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
            return count(pseudonyms.of(PURPOSE, address)) <= config.checksPerAddress() ? 0 : secondsLeft();
        } catch (RuntimeException e) {
            LOG.warnf("Checks could not be counted (%s); this one goes ahead", e.getClass().getName());
            return 0;
        }
    }

    @Transactional
    int count(String keyHash) {
        Number hits = (Number) entityManager.createNativeQuery(COUNT).setParameter(1, BUCKET)
                .setParameter(2, keyHash).setParameter(3, windowStart()).getSingleResult();
        return hits.intValue();
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (database.available()) {
            forgetEnded();
        }
    }

    @Transactional
    void forgetEnded() {
        entityManager.createNativeQuery("DELETE FROM rate_limit_counter WHERE bucket = ?1 AND window_start < ?2")
                .setParameter(1, BUCKET).setParameter(2, windowStart()).executeUpdate();
    }

    private Instant windowStart() {
        long window = config.window().toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - now % window);
    }

    private long secondsLeft() {
        long window = config.window().toMillis();
        long left = window - clock.millis() % window;
        return Math.max(1, (left + 999) / 1000);
    }
}
