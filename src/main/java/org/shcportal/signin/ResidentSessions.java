package org.shcportal.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.sessions.SessionCookie;
import org.shcportal.sessions.SessionLifetime;
import org.shcportal.web.Language;

/**
 * Residents' sessions, apart from staff sessions: their own table and cookie. A session ends at sign-out, after
 * {@link SessionConfig#idleTimeout()} without a request, or {@link SessionConfig#absoluteTimeout()} after sign-in.
 */
@ApplicationScoped
@Transactional
public class ResidentSessions {

    /** The cookie of a signed-in resident's session. */
    static final SessionCookie COOKIE = new SessionCookie("__Host-session");

    @Inject
    SessionConfig config;

    @Inject
    Clock clock;

    /** Starts a session for the person and returns the token for the browser's cookie. */
    public String start(long personId, Language language) {
        ResidentSession session = new ResidentSession();
        session.personId = personId;
        session.language = language.code();
        String token = session.open(clock.instant());
        session.persist();
        return token;
    }

    /** The live session of a token, marked as used now; empty when unknown, signed out or timed out. */
    public Optional<ResidentSession> resume(String token) {
        Instant now = clock.instant();
        return ResidentSession.findByToken(token).filter(session -> session.resume(lifetime(), now));
    }

    /** Ends the token's session; a copy of the cookie is worthless afterwards. */
    public void end(String token) {
        ResidentSession.findByToken(token).ifPresent(session -> session.end(clock.instant()));
    }

    /** Ends every session of the person, e.g. when the person's record was merged into another. */
    public void endAllOf(long personId) {
        Instant now = clock.instant();
        ResidentSession.<ResidentSession> list("personId = ?1 and endedAt is null", personId)
                .forEach(session -> session.end(now));
    }

    /** Deletes sessions that can no longer be used. */
    public long forgetEnded() {
        return ResidentSession.deleteUnusable(lifetime(), clock.instant());
    }

    private SessionLifetime lifetime() {
        return new SessionLifetime(config.idleTimeout(), config.absoluteTimeout());
    }
}
