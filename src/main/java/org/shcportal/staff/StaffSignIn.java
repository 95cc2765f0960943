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
 * Checks a staff member's username, password and (when set up) authenticator code; every attempt is audited. Too
 * many failures from one network address refuse that address for a while; failures in a row with one username make
 * it wait, then lock it ({@link SignInThrottle}). An unknown username costs the same bcrypt check as a wrong password,
 * counts as a failure of its own name and gets the same answers, so no answer tells whether an account exists.
 */
@ApplicationScoped
public class StaffSignIn {

    /**
     * How an attempt ended; {@code token} is the new session's when signed in, {@code waitUntil} the end of the
     * username's wait when {@link Result#WAIT}.
     */
    public record Outcome(Result result, String token, Instant waitUntil) {

        static Outcome of(Result result) {
            return new Outcome(result, null, null);
        }
    }

    public enum Result {
        SIGNED_IN,
        WRONG,
        /** Too many failures in a row with this username: no password is checked before {@code waitUntil}. */
        WAIT,
        /** Locked after too many failures in a row with this username, until an admin unlocks it. */
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
    SignInThrottle throttle;

    @Inject
    TwoStepSecrets secrets;

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

    /**
     * Decides one attempt in its own transaction. The username's row is locked first, then the account's, so that
     * attempts with one name are decided one after the other.
     */
    private Outcome check(String username, String password, String code) {
        String name = normalized(username);
        Instant now = clock.instant();
        FailedSignIns failures = throttle.lockedRowOf(name);
        Optional<StaffAccount> found = StaffAccount.findByUsername(name)
                .map(account -> StaffAccount.<StaffAccount> findById(account.id, LockModeType.PESSIMISTIC_WRITE));
        Actor actor = found.map(StaffSignIn::actor).orElse(Actor.anonymous());
        Optional<SignInThrottle.Refusal> refusal = throttle.refusal(failures, now);
        if (refusal.isPresent()) {
            audit.record(AuditAction.STAFF_SIGN_IN_FAILED, actor, null, Failure.LOCKED.name());
            return refusal.get().lockedForGood() ? Outcome.of(Result.LOCKED)
                    : new Outcome(Result.WAIT, null, refusal.get().waitUntil());
        }
        Optional<Failure> failure = failureOf(found, password, code, now);
        if (failure.isPresent()) {
            boolean lockedOut = throttle.failed(failures, now);
            audit.record(AuditAction.STAFF_SIGN_IN_FAILED, actor, null, failure.get().name());
            if (lockedOut) {
                audit.record(AuditAction.STAFF_LOCKED_OUT, actor, null);
            }
            return Outcome.of(Result.WRONG);
        }
        throttle.succeeded(failures);
        StaffAccount account = found.orElseThrow();
        account.lastSignInAt = now;
        audit.record(AuditAction.STAFF_SIGNED_IN, actor, null);
        return new Outcome(Result.SIGNED_IN, sessions.start(account), null);
    }

    /** What is wrong with the credentials, if anything; the password is checked even for no account, or a disabled one. */
    private Optional<Failure> failureOf(Optional<StaffAccount> found, String password, String code, Instant now) {
        if (found.isEmpty()) {
            PasswordHashes.checkAgainstNothing(password);
            return Optional.of(Failure.UNKNOWN_ACCOUNT);
        }
        StaffAccount account = found.get();
        boolean passwordMatches = PasswordHashes.matches(password, account.passwordHash);
        if (account.disabled) {
            return Optional.of(Failure.DISABLED);
        }
        if (!passwordMatches) {
            return Optional.of(Failure.WRONG_PASSWORD);
        }
        if (account.hasTwoStep() && !secrets.open(account.id, account.totpSecret)
                .map(secret -> account.takeCode(secret, code, now)).orElse(false)) {
            return Optional.of(Failure.WRONG_CODE);
        }
        return Optional.empty();
    }

    /** Usernames are lower case (the table's check); people type them in any case and with spaces around. */
    public static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Actor actor(StaffAccount account) {
        return Actor.staff(account.username, account.role.name());
    }
}
