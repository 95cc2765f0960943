package org.shcportal.sessions;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a session lives, for residents' and staff sessions alike: it has ended once signed out, after
 * {@code idle} without a request, or {@code absolute} after sign-in.
 */
public record SessionLifetime(Duration idle, Duration absolute) {

    /** Writing {@code last_seen_at} on every request would cost a write per page; once a minute is precise enough. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    public boolean isLive(Instant createdAt, Instant lastSeenAt, Instant endedAt, Instant now) {
        return endedAt == null && now.isBefore(lastSeenAt.plus(idle)) && now.isBefore(createdAt.plus(absolute));
    }

    /** The {@code last_seen_at} to keep for a request at {@code now}: unchanged within a minute. */
    public Instant lastSeen(Instant lastSeenAt, Instant now) {
        return now.isAfter(lastSeenAt.plus(TOUCH_INTERVAL)) ? now : lastSeenAt;
    }
}
