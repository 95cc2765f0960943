package org.shcportal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.sessions.SessionCookie;
import org.shcportal.sessions.SessionLifetime;

/**
 * Staff sessions, apart from residents' sessions: their own table and cookie, so a staff cookie opens no resident
 * page and a resident's none of the help desk. A session ends at sign-out, after {@link StaffConfig#idleTimeout()}
 * without a request, after {@link StaffConfig#absoluteTimeout()}, or as soon as its account is disabled.
 */
@ApplicationScoped
@Transactional
public class StaffSessions {

    /** The cookie of a signed-in staff member's session. */
    static final SessionCookie COOKIE = new SessionCookie("__Host-staff-session");

    @Inject
    StaffConfig config;

    @Inject
    Clock clock;

    /** Starts a session for the account and returns the token for the browser's cookie. */
    public String start(StaffAccount account) {
        StaffSession session = new StaffSession();
        session.staff = account;
        String token = session.open(clock.instant());
        session.persist();
        return token;
    }

    /** The live session of a token, marked as used now; empty when unknown, ended, timed out or disabled. */
    public Optional<StaffSession> resume(String token) {
        Instant now = clock.instant();
        return StaffSession.findByToken(token)
                .filter(session -> !session.staff.disabled && session.resume(lifetime(), now));
    }

    /** Ends the token's session; a copy of the cookie is worthless afterwards. */
    public void end(String token) {
        StaffSession.findByToken(token).ifPresent(session -> session.end(clock.instant()));
    }

    /** Ends every session of an account, e.g. when it is disabled. */
    public void endAll(StaffAccount account) {
        StaffSession.endAllOf(account, clock.instant());
    }

    /** Ends every session of an account but {@code keepSessionId}, e.g. after a password change in that one. */
    public void endOthers(StaffAccount account, long keepSessionId) {
        StaffSession.endAllOfBut(account, keepSessionId, clock.instant());
    }

    /** Deletes sessions that can no longer be used (with the records they opened). */
    public long forgetEnded() {
        return StaffSession.deleteUnusable(lifetime(), clock.instant());
    }

    private SessionLifetime lifetime() {
        return new SessionLifetime(config.idleTimeout(), config.absoluteTimeout());
    }
}
