package org.shcportal.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.audit.Pseudonyms;

/**
 * Rate limiting per username (NIST SP 800-63B §5.2.2), applied alike to every name typed, whether an account has it
 * or not, so that the answers tell no name apart. The first {@link StaffConfig#failuresBeforeWait()} failures in a
 * row cost nothing; each one after makes the next attempt wait, twice as long each time from
 * {@link StaffConfig#firstWait()} up to {@link StaffConfig#longestWait()}, and no password is checked during a
 * wait, so a wait gives a guesser nothing. {@link StaffConfig#failuresBeforeLock()} failures in a row lock the name
 * until an admin unlocks it. A right password forgets the failures.
 */
@ApplicationScoped
public class SignInThrottle {

    /** The purpose of the keyed hash of a username. */
    static final String PURPOSE = "staff-username";

    /** Why an attempt is not decided now: its username waits, or is locked until an admin unlocks it. */
    public record Refusal(Instant waitUntil) {

        public boolean lockedForGood() {
            return waitUntil == null;
        }
    }

    @Inject
    StaffConfig config;

    @Inject
    Pseudonyms pseudonyms;

    /** The failures of {@code username}, locked for the caller's transaction (see {@link FailedSignIns#lockedRowOf}). */
    FailedSignIns lockedRowOf(String username) {
        return FailedSignIns.lockedRowOf(hash(username));
    }

    /** Why no password of this row's username may be checked at {@code now}, if so. */
    Optional<Refusal> refusal(FailedSignIns row, Instant now) {
        if (isLockedForGood(row)) {
            return Optional.of(new Refusal(null));
        }
        return row.isWaitingAt(now) ? Optional.of(new Refusal(row.waitUntil)) : Optional.empty();
    }

    /** Counts one more failure; returns whether it starts a wait or the lock, for the audit. */
    boolean failed(FailedSignIns row, Instant now) {
        row.failures++;
        row.lastFailedAt = now;
        Duration wait = waitAfter(row.failures);
        row.waitUntil = wait.isZero() ? null : now.plus(wait);
        return !wait.isZero() || isLockedForGood(row);
    }

    /** A right password: the failures before it no longer count. */
    void succeeded(FailedSignIns row) {
        row.delete();
    }

    /** The failures of {@code username} as they stand, for the admin's list. */
    Optional<FailedSignIns> of(String username) {
        return FailedSignIns.of(hash(username));
    }

    /** An admin's unlock or new password: the failures of {@code username} are forgotten at once. */
    void forget(String username) {
        FailedSignIns.forget(hash(username));
    }

    boolean isLockedForGood(FailedSignIns row) {
        return row.failures >= config.failuresBeforeLock();
    }

    /** How long the next attempt waits after {@code failures} in a row. */
    Duration waitAfter(int failures) {
        if (failures < config.failuresBeforeWait()) {
            return Duration.ZERO;
        }
        Duration wait = config.firstWait();
        for (int more = failures - config.failuresBeforeWait(); more > 0
                && wait.compareTo(config.longestWait()) < 0; more--) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.longestWait()) < 0 ? wait : config.longestWait();
    }

    private String hash(String username) {
        return pseudonyms.of(PURPOSE, StaffSignIn.normalized(username));
    }
}
