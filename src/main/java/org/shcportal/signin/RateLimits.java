package org.shcportal.signin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.database.WindowCounters;

/**
 * The sign-in's limits per client address, person and contact, counted in fixed windows of
 * {@code portal.sign-in.limits.window} by {@link WindowCounters}, so that every replica counts the same hits.
 */
@ApplicationScoped
public class RateLimits {

    /** What is counted. */
    public enum Bucket {
        IP,
        IDENTITY,
        CONTACT,
        /** The name, date of birth and contact typed, all three together, whether or not they match anybody. */
        DETAILS,
        HELP_DESK_AGENT,
        HELP_DESK_PERSON
    }

    @Inject
    WindowCounters counters;

    @Inject
    SignInConfig config;

    @Inject
    Clock clock;

    /** Counts one hit and says whether the key is still within its bucket's limit. */
    public boolean hit(Bucket bucket, String keyHash) {
        return count(bucket.name(), keyHash) <= limit(bucket);
    }

    /**
     * Counts one hit of {@code keyHash} in a bucket whose limit the caller keeps (e.g. the help desk's failed sign-ins)
     * and returns the hits in the current window, this one included.
     */
    public int count(String bucket, String keyHash) {
        return counters.count(bucket, keyHash, config.limits().window());
    }

    /** Takes back one hit of {@code keyHash} in the current window: an attempt counted first turned out allowed. */
    public void forgive(String bucket, String keyHash) {
        counters.forgive(bucket, keyHash, config.limits().window());
    }

    /** The hits of {@code keyHash} in the current window, without counting one. */
    public int hits(Bucket bucket, String keyHash) {
        return counters.hits(bucket.name(), keyHash, config.limits().window());
    }

    /** How many more hits the bucket allows {@code keyHash} in the current window. */
    public int left(Bucket bucket, String keyHash) {
        return Math.max(0, limit(bucket) - hits(bucket, keyHash));
    }

    /** When the current window ends, and with it every refusal of this window. */
    public Instant windowEnd() {
        return clock.instant().plusSeconds(counters.secondsLeft(config.limits().window())).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Forgets windows that have ended. */
    public int forgetEnded() {
        return counters.forgetEnded(config.limits().window());
    }

    private int limit(Bucket bucket) {
        return switch (bucket) {
            case IP -> config.limits().perIp();
            case IDENTITY -> config.limits().perIdentity();
            case CONTACT -> config.limits().perContact();
            case DETAILS -> config.limits().perDetails();
            case HELP_DESK_AGENT -> config.limits().helpDeskPerAgent();
            case HELP_DESK_PERSON -> config.limits().helpDeskPerPerson();
        };
    }
}
