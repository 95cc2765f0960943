package org.shcportal.healthlinks;

import java.time.Duration;
import java.util.Optional;

/** How long a link works, counted from its creation. */
public enum LinkExpiry {
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30)),
    YEAR(Duration.ofDays(365)),
    NONE(null);

    private final Duration lifetime;

    LinkExpiry(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /** The link's lifetime; empty when it never expires. */
    public Optional<Duration> lifetime() {
        return Optional.ofNullable(lifetime);
    }
}
