package org.shcportal.signin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.shcportal.sessions.SessionCookie;
import org.shcportal.sessions.SessionLifetime;
import org.shcportal.sessions.Tokens;
import org.shcportal.web.Language;

/**
 * Residents' sessions, apart from staff sessions: their own table and cookie. A session ends at sign-out, after
 * {@link SessionConfig#idleTimeout()} without a request, or {@link SessionConfig#absoluteTimeout()} after sign-in.
 * Every resident's request looks its session up: with plain JDBC on the transaction's connection rather than as a
 * {@link ResidentSession} entity, whose loading and dirty checking at every flush cost more of the portal's CPU than
 * the query (JFR, ResidentVisitBenchmark).
 */
@ApplicationScoped
@Transactional
public class ResidentSessions {

    /** The cookie of a signed-in resident's session. */
    static final SessionCookie COOKIE = new SessionCookie("__Host-session");

    private static final String FIND = """
            SELECT id, person_id, created_at, last_seen_at, ended_at FROM resident_session WHERE token_hash = ?""";
    private static final String TOUCH = "UPDATE resident_session SET last_seen_at = ? WHERE id = ?";

    @Inject
    SessionConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /** Starts a session for the person and returns the token for the browser's cookie. */
    public String start(long personId, Language language) {
        ResidentSession session = new ResidentSession();
        session.personId = personId;
        session.language = language.code();
        String token = session.open(clock.instant());
        session.persist();
        return token;
    }

    /**
     * The person of the token's live session, whose session is marked as used now (at most once a minute, as
     * {@link SessionLifetime#lastSeen}); empty when unknown, signed out or timed out.
     */
    public Optional<Long> resume(String token) {
        Instant now = clock.instant();
        SessionLifetime lifetime = lifetime();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, Tokens.hash(token));
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next() || !lifetime.isLive(instant(row, 3), instant(row, 4), instant(row, 5), now)) {
                        return Optional.<Long> empty();
                    }
                    touch(connection, row.getLong(1), lifetime.lastSeen(instant(row, 4), now), instant(row, 4));
                    return Optional.of(row.getLong(2));
                }
            }
        });
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

    private static void touch(Connection connection, long id, Instant lastSeen, Instant before) throws SQLException {
        if (lastSeen.equals(before)) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(TOUCH)) {
            update.setObject(1, OffsetDateTime.ofInstant(lastSeen, ZoneOffset.UTC));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private SessionLifetime lifetime() {
        return new SessionLifetime(config.idleTimeout(), config.absoluteTimeout());
    }
}
