package org.shcportal.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;

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

        /** The form field the message belongs to: username, role or password. */
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
        checkPassword(password);
        StaffAccount account = new StaffAccount();
        account.username = name;
        account.role = role;
        account.passwordHash = StaffPasswords.hash(password);
        account.createdAt = clock.instant();
        account.createdBy = by.staff();
        account.persist();
        audit.record(AuditAction.STAFF_ACCOUNT_CREATED, by, null, name + " " + role.name());
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

    public void enable(long accountId, Actor by) {
        StaffAccount account = find(accountId);
        account.disabled = false;
        audit.record(AuditAction.STAFF_ACCOUNT_ENABLED, by, null, account.username);
    }

    /** Lifts a lockout before it runs out. */
    public void unlock(long accountId, Actor by) {
        StaffAccount account = find(accountId);
        account.lockedUntil = null;
        account.failedSignIns = 0;
        audit.record(AuditAction.STAFF_ACCOUNT_UNLOCKED, by, null, account.username);
    }

    /** Turns on two-step sign-in with {@code secret} once the app shows the matching {@code code}. */
    public boolean enableTwoStep(long accountId, String secret, String code) {
        StaffAccount account = find(accountId);
        if (!TwoStepCodes.matches(secret, code, clock.instant())) {
            return false;
        }
        account.totpSecret = secret;
        audit.record(AuditAction.STAFF_TWO_STEP_ENABLED, Actor.staff(account.username, account.role.name()), null);
        return true;
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return StaffAccount.findByUsername(StaffSignIn.normalized(username));
    }

    private void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < config.minPasswordLength()) {
            throw new InvalidAccountException("password",
                    "A password has at least " + config.minPasswordLength() + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidAccountException("password", "A password has at most 72 bytes (about 72 letters).");
        }
    }

    private static StaffAccount find(long accountId) {
        return StaffAccount.<StaffAccount> findByIdOptional(accountId)
                .orElseThrow(() -> new InvalidAccountException("account", "There is no such account."));
    }
}
