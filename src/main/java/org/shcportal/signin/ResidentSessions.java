package org.shcportal.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.sessions.SessionLifetime;
import org.shcportal.sessions.Tokens;
import org.shcportal.web.Language;

/**
 * Resident sessions kept in PostgreSQL, so that any replica can serve any request of a signed-in resident. A
 * session ends at sign-out, after {@link SessionConfig#idleTimeout()} without a request, or
 * {@link SessionConfig#absoluteTimeout()} after sign-in.
 */
@ApplicationScoped
@Transactional
public class ResidentSessions {

    @Inject
    SessionConfig config;

    @Inject
    Clock clock;

    /** Starts a session for the person and returns the token for the browser's cookie. */
    public String start(long personId, Language language) {
        String token = Tokens.newToken();
        ResidentSession session = new ResidentSession();
        session.tokenHash = Tokens.hash(token);
        session.personId = personId;
        session.language = language.code();
        session.createdAt = clock.instant();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return token;
    }

    /** The live session of a token, marked as used now; empty when unknown, signed out or timed out. */
    public Optional<ResidentSession> resume(String token) {
        Instant now = clock.instant();
        SessionLifetime lifetime = new SessionLifetime(config.idleTimeout(), config.absoluteTimeout());
        return ResidentSession.findByTokenHash(Tokens.hash(token))
                .filter(session -> lifetime.isLive(session.createdAt, session.lastSeenAt, session.endedAt, now))
                .map(session -> {
                    session.lastSeenAt = lifetime.lastSeen(session.lastSeenAt, now);
                    return session;
                });
    }

    /** Ends the token's session; a copy of the cookie is worthless afterwards. */
    public void end(String token) {
        ResidentSession.findByTokenHash(Tokens.hash(token)).filter(session -> session.endedAt == null)
                .ifPresent(session -> session.endedAt = clock.instant());
    }
}
