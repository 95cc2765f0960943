package org.shcportal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.audit.ClientAddress;
import org.shcportal.signin.RateLimits;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks a staff member's username, password and (when set up) authenticator code. Repeated failures lock the
 * account for {@link StaffConfig#lockoutDuration()}, and too many failures from one network address refuse that
 * address for a while; every attempt is audited. An unknown username costs the same
 * bcrypt check as a wrong password and gets the same answer.
 */
@ApplicationScoped
public class StaffSignIn {

    /** How an attempt ended; {@code token} is the new session's when signed in. */
    public record Outcome(Result result, String token) {

        static Outcome of(Result result) {
            return new Outcome(result, null);
        }
    }

    public enum Result {
        SIGNED_IN,
        WRONG,
        LOCKED,
        /** Too many failed sign-ins from the caller's network address. */
        LIMITED
    }

    /** The rate-limit bucket of failed staff sign-ins per network address. */
    static final String FAILURES_PER_ADDRESS = "STAFF_FAILURE";

    /** Stored as the audit reason of a failed attempt. */
    private enum Failure {
        UNKNOWN_ACCOUNT,
        DISABLED,
        LOCKED,
        WRONG_PASSWORD,
        WRONG_CODE,
        RATE_LIMITED
    }

    @Inject
    StaffConfig config;

    @Inject
    StaffSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /**
     * Every attempt is counted against the caller's address first, in a transaction of its own, and only then
     * decided: simultaneous attempts each see the others' hits, so no more than the limit of them reach a password
     * check, and a count survives an attempt that fails half-way. A successful sign-in takes its hit back, so staff
     * behind one address only lose sign-ins to failures.
     */
    public Outcome signIn(String username, String password, String code) {
        String address = clientAddress.hash().orElse("none");
        if (limits.count(FAILURES_PER_ADDRESS, address) > config.failedSignInsPerAddress()) {
            audit.record(AuditAction.STAFF_SIGN_IN_FAILED, Actor.anonymous(), null, Failure.RATE_LIMITED.name());
            return Outcome.of(Result.LIMITED);
        }
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> check(username, password, code));
        if (outcome.result() == Result.SIGNED_IN) {
            limits.forgive(FAILURES_PER_ADDRESS, address);
        }
        return outcome;
    }

    private Outcome check(String username, String password, String code) {
        Optional<StaffAccount> found = StaffAccount.findByUsername(normalized(username))
                .map(account -> StaffAccount.<StaffAccount> findById(account.id, LockModeType.PESSIMISTIC_WRITE));
        if (found.isEmpty()) {
            StaffPasswords.checkAgainstNothing(password);
            audit.record(AuditAction.STAFF_SIGN_IN_FAILED, Actor.anonymous(), null, Failure.UNKNOWN_ACCOUNT.name());
            return Outcome.of(Result.WRONG);
        }
        StaffAccount account = found.get();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return failed(account, Failure.LOCKED, Result.LOCKED);
        }
        boolean passwordMatches = StaffPasswords.matches(password, account.passwordHash);
        if (account.disabled) {
            return failed(account, Failure.DISABLED, Result.WRONG);
        }
        if (!passwordMatches) {
            return wrong(account, Failure.WRONG_PASSWORD, now);
        }
        if (account.hasTwoStep() && !account.takeCode(account.totpSecret, code, now)) {
            return wrong(account, Failure.WRONG_CODE, now);
        }
        account.failedSignIns = 0;
        account.lockedUntil = null;
        account.lastSignInAt = now;
        audit.record(AuditAction.STAFF_SIGNED_IN, actor(account), null);
        return new Outcome(Result.SIGNED_IN, sessions.start(account));
    }

    /** Usernames are lower case (the table's check); people type them in any case and with spaces around. */
    public static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private Outcome wrong(StaffAccount account, Failure failure, Instant now) {
        account.failedSignIns++;
        if (account.failedSignIns < config.maxFailedSignIns()) {
            return failed(account, failure, Result.WRONG);
        }
        account.failedSignIns = 0;
        account.lockedUntil = now.plus(config.lockoutDuration());
        audit.record(AuditAction.STAFF_SIGN_IN_FAILED, actor(account), null, failure.name());
        audit.record(AuditAction.STAFF_LOCKED_OUT, actor(account), null);
        return Outcome.of(Result.LOCKED);
    }

    private Outcome failed(StaffAccount account, Failure failure, Result result) {
        audit.record(AuditAction.STAFF_SIGN_IN_FAILED, actor(account), null, failure.name());
        return Outcome.of(result);
    }

    private static Actor actor(StaffAccount account) {
        return Actor.staff(account.username, account.role.name());
    }
}
