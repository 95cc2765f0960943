package org.shcportal.staff;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.shcportal.sessions.BrowserSession;
import org.shcportal.sessions.SessionLifetime;
import org.shcportal.sessions.Tokens;

/** A signed-in staff browser: the account it is signed in as. */
@Entity
@Table(name = "staff_session")
public class StaffSession extends BrowserSession {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "staff_id")
    public StaffAccount staff;

    static Optional<StaffSession> findByToken(String token) {
        return find("tokenHash", Tokens.hash(token)).firstResultOptional();
    }

    static long deleteUnusable(SessionLifetime lifetime, Instant now) {
        return delete(UNUSABLE, unusableAt(lifetime, now));
    }

    static void endAllOf(StaffAccount account, Instant now) {
        update("endedAt = ?1 where staff = ?2 and endedAt is null", now, account);
    }

    static void endAllOfBut(StaffAccount account, long keepSessionId, Instant now) {
        update("endedAt = ?1 where staff = ?2 and endedAt is null and id <> ?3", now, account, keepSessionId);
    }
}
