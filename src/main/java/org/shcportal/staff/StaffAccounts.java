package org.shcportal.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.web.RegistryConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creates and changes staff accounts: for the {@code staff add} command and the admin's pages. Every change is audited. */
@ApplicationScoped
@Transactional
public class StaffAccounts {

    /** Lower-case letters, digits, dot, dash, underscore; 2 to 64 characters (the table's check). */
    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";
    /** bcrypt reads at most 72 bytes of a password; refuse longer ones rather than ignore their end. */
    private static final int MAX_PASSWORD_BYTES = 72;

    /** What is wrong with a new account, in words for the person creating it. */
    public static class InvalidAccountException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;

        InvalidAccountException(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        /**
         * The form field the message belongs to: username, role or password of a new account; current-password,
         * new-password or new-password-again of a password change; account for the account as a whole.
         */
        public String field() {
            return field;
        }
    }

    @Inject
    StaffConfig config;

    @Inject
    StaffSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    @Inject
    StaffMessages messages;

    @Inject
    ConsoleTimes times;

    @Inject
    TwoStepSecrets secrets;

    @Inject
    ApproverNotices notices;

    @Inject
    RegistryConfig registry;

    @Inject
    Clock clock;

    /** Creates an account; {@link InvalidAccountException} says what is wrong, and nothing is stored then. */
    public StaffAccount create(String username, StaffRole role, String password, Actor by) {
        String name = StaffSignIn.normalized(username);
        if (!name.matches(USERNAME)) {
            throw new InvalidAccountException("username", "A username has 2 to 64 characters: lower-case letters,"
                    + " digits, dots, dashes or underscores, starting with a letter or digit.");
        }
        if (StaffAccount.findByUsername(name).isPresent()) {
            throw new InvalidAccountException("username", "There is already an account named " + name + ".");
        }
        checkPassword(password, "password", name);
        StaffAccount account = new StaffAccount();
        account.username = name;
        account.role = role;
        account.passwordHash = PasswordHashes.hash(password);
        account.createdAt = clock.instant();
        account.createdBy = by.staff();
        account.persist();
        audit.record(AuditAction.STAFF_ACCOUNT_CREATED, by, null, name + " " + role.name());
        notices.changed(account, StaffNotice.Change.CREATED, by);
        return account;
    }

    /** Disables an account and ends its sessions at once; an admin cannot disable their own. */
    public void disable(long accountId, Actor by) {
        StaffAccount account = find(accountId);
        if (account.username.equals(by.staff())) {
            throw new InvalidAccountException("account", "You cannot disable your own account.");
        }
        account.disabled = true;
        sessions.endAll(account);
        audit.record(AuditAction.STAFF_ACCOUNT_DISABLED, by, null, account.username);
    }

    /** Lets a disabled account sign in again. */
    public void enable(long accountId, Actor by) {
        StaffAccount account = find(accountId);
        account.disabled = false;
        audit.record(AuditAction.STAFF_ACCOUNT_ENABLED, by, null, account.username);
    }

    /** Ends a wait or a lock of the account's username: its failed sign-ins are forgotten. */
    public void unlock(long accountId, Actor by) {
        StaffAccount account = find(accountId);
        throttle.forget(account.username);
        audit.record(AuditAction.STAFF_ACCOUNT_UNLOCKED, by, null, account.username);
    }

    /**
     * The secret to show for two-step set-up: the one already waiting, or a new one. It stays on the server until
     * {@link #enableTwoStep} confirms it, so the browser never chooses the secret.
     */
    public String startTwoStep(long accountId) {
        StaffAccount account = find(accountId);
        Optional<String> waiting = Optional.ofNullable(account.pendingTotpSecret)
                .flatMap(pending -> secrets.open(account.id, pending));
        if (waiting.isPresent()) {
            return waiting.get();
        }
        String secret = TwoStepCodes.newSecret();
        account.pendingTotpSecret = secrets.seal(account.id, secret);
        return secret;
    }

    /** Turns on two-step sign-in with the waiting secret once the app shows its matching {@code code}. */
    public boolean enableTwoStep(long accountId, String code) {
        StaffAccount account = find(accountId);
        boolean matches = Optional.ofNullable(account.pendingTotpSecret)
                .flatMap(pending -> secrets.open(account.id, pending))
                .map(secret -> account.takeCode(secret, code, clock.instant())).orElse(false);
        if (!matches) {
            return false;
        }
        account.totpSecret = account.pendingTotpSecret;
        account.pendingTotpSecret = null;
        audit.record(AuditAction.STAFF_TWO_STEP_ENABLED, actor(account), null);
        return true;
    }

    /** Turns two-step sign-in off for someone who lost their phone; they set it up again after signing in. */
    public void turnOffTwoStep(long accountId, Actor by) {
        StaffAccount account = find(accountId);
        if (account.hasTwoStep()) {
            notices.changed(account, StaffNotice.Change.TWO_STEP_OFF, by);
        }
        account.totpSecret = null;
        account.pendingTotpSecret = null;
        account.lastTotpStep = null;
        audit.record(AuditAction.STAFF_TWO_STEP_DISABLED, by, null, account.username);
    }

    /**
     * Changes one's own password after checking the current one; the account's other sessions end, so a browser
     * left signed in elsewhere is signed out.
     */
    public void changePassword(long accountId, String current, String newPassword, String again,
            long keepSessionId) {
        StaffAccount account = find(accountId);
        checkCurrentPassword(account, current);
        checkPassword(newPassword, "new-password", account.username);
        if (!newPassword.equals(again)) {
            throw new InvalidAccountException("new-password-again", "The two new passwords differ.");
        }
        account.passwordHash = PasswordHashes.hash(newPassword);
        sessions.endOthers(account, keepSessionId);
        audit.record(AuditAction.STAFF_PASSWORD_CHANGED, actor(account), null);
    }

    /**
     * Gives another account a new generated password (for someone who forgot theirs), ends a wait or lock and ends
     * its sessions; returns the password, to be shown once.
     */
    public String resetPassword(long accountId, Actor by) {
        StaffAccount account = find(accountId);
        if (account.username.equals(by.staff())) {
            throw new InvalidAccountException("account", "Change your own password on the My account page.");
        }
        throttle.forget(account.username);
        String password = Passphrases.generate();
        account.passwordHash = PasswordHashes.hash(password);
        sessions.endAll(account);
        audit.record(AuditAction.STAFF_PASSWORD_RESET, by, null, account.username);
        notices.changed(account, StaffNotice.Change.PASSWORD_RESET, by);
        return password;
    }

    /**
     * Checks the current password as the sign-in does: under the username's waits and lock, a wrong one counted with
     * the failed sign-ins, so that a session left open is no way around them. The count is kept in a transaction of
     * its own, as the refused change is rolled back.
     */
    private void checkCurrentPassword(StaffAccount account, String current) {
        Optional<String> problem = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            FailedSignIns failures = throttle.lockedRowOf(account.username);
            Optional<SignInThrottle.Refusal> refusal = throttle.refusal(failures, now);
            if (refusal.isPresent()) {
                return Optional.of(refusal.get().lockedForGood() ? messages.account_error_locked()
                        : messages.account_error_wait(times.formatWaitEnd(refusal.get().waitUntil())));
            }
            if (current != null && PasswordHashes.matches(current, account.passwordHash)) {
                throttle.succeeded(failures);
                return Optional.<String> empty();
            }
            if (throttle.failed(failures, now)) {
                audit.record(AuditAction.STAFF_LOCKED_OUT, actor(account), null);
            }
            return Optional.of(messages.account_error_current_wrong());
        });
        if (problem.isPresent()) {
            throw new InvalidAccountException("current-password", problem.get());
        }
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return StaffAccount.findByUsername(StaffSignIn.normalized(username));
    }

    /** Length first, then what else NIST SP 800-63B §5.1.1.2 asks to refuse ({@link PasswordRules}). */
    private void checkPassword(String password, String field, String username) {
        if (password == null || password.codePointCount(0, password.length()) < config.minPasswordLength()) {
            throw new InvalidAccountException(field,
                    "A password has at least " + config.minPasswordLength() + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidAccountException(field, "A password has at most 72 bytes (about 72 letters).");
        }
        Optional<PasswordRules.Weakness> weakness = new PasswordRules(registry.name()).weakness(password, username);
        if (weakness.isPresent()) {
            throw new InvalidAccountException(field, switch (weakness.get()) {
                case REPETITIVE -> messages.password_error_repetitive();
                case COMMON -> messages.password_error_common();
                case CONTEXT -> messages.password_error_context();
            });
        }
    }

    private static Actor actor(StaffAccount account) {
        return Actor.staff(account.username, account.role.name());
    }

    private static StaffAccount find(long accountId) {
        return StaffAccount.<StaffAccount> findByIdOptional(accountId)
                .orElseThrow(() -> new InvalidAccountException("account", "There is no such account."));
    }
}
