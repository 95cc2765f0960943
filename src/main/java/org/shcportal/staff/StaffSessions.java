package org.shcportal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.sessions.SessionLifetime;
import org.shcportal.sessions.Tokens;

/**
 * Staff sessions in PostgreSQL, apart from residents' sessions: any replica serves any request. A session ends at
 * sign-out, after {@link StaffConfig#idleTimeout()} without a request, after {@link StaffConfig#absoluteTimeout()},
 * or as soon as its account is disabled.
 */
@ApplicationScoped
@Transactional
public class StaffSessions {

    @Inject
    StaffConfig config;

    @Inject
    Clock clock;

    /** Starts a session for the account and returns the token for the browser's cookie. */
    public String start(StaffAccount account) {
        String token = Tokens.newToken();
        StaffSession session = new StaffSession();
        session.tokenHash = Tokens.hash(token);
        session.staff = account;
        session.createdAt = clock.instant();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return token;
    }

    /** The live session of a token, marked as used now; empty when unknown, ended, timed out or disabled. */
    public Optional<StaffSession> resume(String token) {
        Instant now = clock.instant();
        SessionLifetime lifetime = new SessionLifetime(config.idleTimeout(), config.absoluteTimeout());
        return StaffSession.findByTokenHash(Tokens.hash(token))
                .filter(session -> !session.staff.disabled
                        && lifetime.isLive(session.createdAt, session.lastSeenAt, session.endedAt, now))
                .map(session -> {
                    session.lastSeenAt = lifetime.lastSeen(session.lastSeenAt, now);
                    return session;
                });
    }

    /** Ends the token's session; a copy of the cookie is worthless afterwards. */
    public void end(String token) {
        StaffSession.findByTokenHash(Tokens.hash(token)).filter(session -> session.endedAt == null)
                .ifPresent(session -> session.endedAt = clock.instant());
    }

    /** Ends every session of an account, e.g. when it is disabled. */
    public void endAll(StaffAccount account) {
        StaffSession.update("endedAt = ?1 where staff = ?2 and endedAt is null", clock.instant(), account);
    }

    /** Ends every session of an account but {@code keepSessionId}, e.g. after a password change in that one. */
    public void endOthers(StaffAccount account, long keepSessionId) {
        StaffSession.update("endedAt = ?1 where staff = ?2 and endedAt is null and id <> ?3", clock.instant(),
                account, keepSessionId);
    }

    /** Deletes sessions that can no longer be used (with the records they opened). */
    public long forgetEnded() {
        Instant now = clock.instant();
        return StaffSession.delete("endedAt is not null or lastSeenAt < ?1 or createdAt < ?2",
                now.minus(config.idleTimeout()), now.minus(config.absoluteTimeout()));
    }
}
