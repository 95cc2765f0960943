package org.shcportal.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Request counters in fixed windows, kept in PostgreSQL's {@code rate_limit_counter}: one upsert per hit, so that
 * every replica counts the same hits. A window starts at a multiple of its length since 1970. Callers name a bucket
 * and pass a keyed hash as the key: the table holds no address, name or contact.
 */
@ApplicationScoped
public class WindowCounters {

    private static final String COUNT = """
            INSERT INTO rate_limit_counter (bucket, key_hash, window_start, hits) VALUES (?1, ?2, ?3, 1)
            ON CONFLICT (bucket, key_hash, window_start) DO UPDATE SET hits = rate_limit_counter.hits + 1
            RETURNING hits""";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Counts one hit of {@code keyHash} and returns the hits of its current window, this one included. */
    @Transactional
    public int count(String bucket, String keyHash, Duration window) {
        Number hits = (Number) entityManager.createNativeQuery(COUNT).setParameter(1, bucket)
                .setParameter(2, keyHash).setParameter(3, windowStart(window)).getSingleResult();
        return hits.intValue();
    }

    /** The hits of {@code keyHash} in its current window, without counting one. */
    @Transactional
    public int hits(String bucket, String keyHash, Duration window) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT hits FROM rate_limit_counter WHERE bucket = ?1 AND key_hash = ?2 AND window_start = ?3""")
                .setParameter(1, bucket).setParameter(2, keyHash).setParameter(3, windowStart(window))
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Takes back one hit of {@code keyHash} in the current window: an attempt counted first turned out allowed. */
    @Transactional
    public void forgive(String bucket, String keyHash, Duration window) {
        entityManager.createNativeQuery("""
                UPDATE rate_limit_counter SET hits = hits - 1
                WHERE bucket = ?1 AND key_hash = ?2 AND window_start = ?3 AND hits > 0""")
                .setParameter(1, bucket).setParameter(2, keyHash).setParameter(3, windowStart(window))
                .executeUpdate();
    }

    /** Forgets every bucket's windows that started before the current window of this length. */
    @Transactional
    public int forgetEnded(Duration window) {
        return entityManager.createNativeQuery("DELETE FROM rate_limit_counter WHERE window_start < ?1")
                .setParameter(1, windowStart(window)).executeUpdate();
    }

    /** Forgets one bucket's windows that have ended. */
    @Transactional
    public int forgetEnded(String bucket, Duration window) {
        return entityManager.createNativeQuery("DELETE FROM rate_limit_counter WHERE bucket = ?1 AND window_start < ?2")
                .setParameter(1, bucket).setParameter(2, windowStart(window)).executeUpdate();
    }

    /** The whole seconds until the current window of this length ends, at least one. */
    public long secondsLeft(Duration window) {
        long length = window.toMillis();
        long left = length - clock.millis() % length;
        return Math.max(1, (left + 999) / 1000);
    }

    private Instant windowStart(Duration window) {
        long length = window.toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - now % length);
    }
}
