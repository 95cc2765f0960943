package org.shcportal.signin;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.shcportal.sessions.BrowserSession;
import org.shcportal.sessions.SessionLifetime;
import org.shcportal.sessions.Tokens;

/** A signed-in resident's browser: the person, and the language they signed in with. */
@Entity
@Table(name = "resident_session")
public class ResidentSession extends BrowserSession {

    @Column(name = "person_id")
    public Long personId;

    public String language;

    /** The language of the person's newest session still on file; empty when none is (ended ones are deleted). */
    public static Optional<String> newestLanguageOf(long personId) {
        return find("personId = ?1 order by createdAt desc, id desc", personId).<ResidentSession> firstResultOptional()
                .map(session -> session.language);
    }

    static Optional<ResidentSession> findByToken(String token) {
        return find("tokenHash", Tokens.hash(token)).firstResultOptional();
    }

    static long deleteUnusable(SessionLifetime lifetime, Instant now) {
        return delete(UNUSABLE, unusableAt(lifetime, now));
    }
}
