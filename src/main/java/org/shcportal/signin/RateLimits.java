package org.shcportal.signin;

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
        CONTACT
    }

    @Inject
    WindowCounters counters;

    @Inject
    SignInConfig config;

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

    /** Forgets windows that have ended. */
    public int forgetEnded() {
        return counters.forgetEnded(config.limits().window());
    }

    private int limit(Bucket bucket) {
        return switch (bucket) {
            case IP -> config.limits().perIp();
            case IDENTITY -> config.limits().perIdentity();
            case CONTACT -> config.limits().perContact();
        };
    }
}
