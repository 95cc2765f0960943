package org.shcportal.sessions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/**
 * A signed-in browser, kept in PostgreSQL so that any replica serves any of its requests. The cookie carries a random
 * token; the row only its SHA-256, so the table alone opens no session. Residents' and staff sessions are separate
 * tables with this shape.
 */
@MappedSuperclass
public abstract class BrowserSession extends PanacheEntityBase {

    /** Sessions that can no longer be used, with {@link #unusableAt}'s parameters: ended, idle or too old. */
    protected static final String UNUSABLE = "endedAt is not null or lastSeenAt < :idleSince or createdAt < :createdSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** Starts the session at {@code now} with a new token, and returns the token for the browser's cookie. */
    public String open(Instant now) {
        String token = Tokens.newToken();
        tokenHash = Tokens.hash(token);
        createdAt = now;
        lastSeenAt = now;
        return token;
    }

    /** Whether the session is still live at {@code now}; if so it is marked as used then. */
    public boolean resume(SessionLifetime lifetime, Instant now) {
        if (!lifetime.isLive(createdAt, lastSeenAt, endedAt, now)) {
            return false;
        }
        lastSeenAt = lifetime.lastSeen(lastSeenAt, now);
        return true;
    }

    /** Ends the session (sign-out); a copy of the cookie is worthless afterwards. */
    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    /** The parameters of {@link #UNUSABLE} at {@code now}. */
    protected static Parameters unusableAt(SessionLifetime lifetime, Instant now) {
        return Parameters.with("idleSince", now.minus(lifetime.idle())).and("createdSince",
                now.minus(lifetime.absolute()));
    }
}
