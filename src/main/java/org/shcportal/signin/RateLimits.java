package org.shcportal.signin;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Fixed-window request counters in PostgreSQL: one upsert per request and bucket, so that every replica counts
 * the same hits. Keys are keyed hashes; the table holds no IP address, name or contact.
 */
@ApplicationScoped
public class RateLimits {

    /** What is counted. */
    public enum Bucket {
        IP,
        IDENTITY,
        CONTACT
    }

    private static final String COUNT = """
            INSERT INTO rate_limit_counter (bucket, key_hash, window_start, hits) VALUES (?1, ?2, ?3, 1)
            ON CONFLICT (bucket, key_hash, window_start) DO UPDATE SET hits = rate_limit_counter.hits + 1
            RETURNING hits""";

    @Inject
    EntityManager entityManager;

    @Inject
    SignInConfig config;

    @Inject
    Clock clock;

    /** Counts one hit and says whether the key is still within its bucket's limit. */
    @Transactional
    public boolean hit(Bucket bucket, String keyHash) {
        return count(bucket.name(), keyHash) <= limit(bucket);
    }

    /**
     * Counts one hit of {@code keyHash} in a bucket whose limit the caller keeps (e.g. the help desk's failed sign-ins)
     * and returns the hits in the current window, this one included.
     */
    @Transactional
    public int count(String bucket, String keyHash) {
        Number hits = (Number) entityManager.createNativeQuery(COUNT).setParameter(1, bucket)
                .setParameter(2, keyHash).setParameter(3, windowStart()).getSingleResult();
        return hits.intValue();
    }

    /** Takes back one hit of {@code keyHash} in the current window: an attempt counted first turned out allowed. */
    @Transactional
    public void forgive(String bucket, String keyHash) {
        entityManager.createNativeQuery("""
                UPDATE rate_limit_counter SET hits = hits - 1
                WHERE bucket = ?1 AND key_hash = ?2 AND window_start = ?3 AND hits > 0""")
                .setParameter(1, bucket).setParameter(2, keyHash).setParameter(3, windowStart()).executeUpdate();
    }

    /** Forgets windows that have ended. */
    @Transactional
    public int forgetEnded() {
        return entityManager.createNativeQuery("DELETE FROM rate_limit_counter WHERE window_start < ?1")
                .setParameter(1, windowStart()).executeUpdate();
    }

    private Instant windowStart() {
        long windowMillis = config.limits().window().toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - now % windowMillis);
    }

    private int limit(Bucket bucket) {
        return switch (bucket) {
            case IP -> config.limits().perIp();
            case IDENTITY -> config.limits().perIdentity();
            case CONTACT -> config.limits().perContact();
        };
    }
}
