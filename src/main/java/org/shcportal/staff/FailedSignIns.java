package org.shcportal.staff;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The failed sign-ins in a row with one username, known or not, under a keyed hash of the name: what makes the next
 * attempt wait, or locks the name until an admin unlocks it ({@link SignInBackOff}).
 */
@Entity
@Table(name = "staff_failed_sign_in")
public class FailedSignIns extends PanacheEntityBase {

    @Id
    @Column(name = "username_hash")
    public String usernameHash;

    public int failures;

    @Column(name = "last_failed_at")
    public Instant lastFailedAt;

    /** No password is checked for this username before this time; null when there is no wait. */
    @Column(name = "wait_until")
    public Instant waitUntil;

    /**
     * The row of {@code usernameHash}, created with no failures when missing and locked for the caller's
     * transaction: simultaneous attempts with one username are decided one after the other, each seeing the
     * failures of those before it.
     */
    static FailedSignIns lockedRowOf(String usernameHash) {
        getEntityManager().createNativeQuery("""
                INSERT INTO staff_failed_sign_in (username_hash, failures) VALUES (?1, 0)
                ON CONFLICT (username_hash) DO NOTHING""").setParameter(1, usernameHash).executeUpdate();
        return findById(usernameHash, LockModeType.PESSIMISTIC_WRITE);
    }

    static Optional<FailedSignIns> of(String usernameHash) {
        return findByIdOptional(usernameHash);
    }

    /** Forgets the failures of a username: after a sign-in, an admin's unlock or a new password. */
    static void forget(String usernameHash) {
        delete("usernameHash", usernameHash);
    }

    boolean isWaitingAt(Instant now) {
        return waitUntil != null && now.isBefore(waitUntil);
    }
}
