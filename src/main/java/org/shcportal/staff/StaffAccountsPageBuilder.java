package org.shcportal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The staff accounts page from the accounts: every one, by username, as the signed-in admin sees it. */
@ApplicationScoped
public class StaffAccountsPageBuilder {

    @Inject
    ConsoleTimes times;

    @Inject
    Clock clock;

    @Inject
    StaffMessages messages;

    @Inject
    SignInThrottle throttle;

    /** The list, saying what {@code done} did to the account {@code accountId} (nothing for an unknown one). */
    StaffAccountsPage afterChange(StaffAccount viewer, String done, Long accountId) {
        String notice = accountId == null ? null
                : StaffAccount.usernameOf(accountId).map(username -> notice(done, username)).orElse(null);
        return new StaffAccountsPage(rows(viewer), notice, null);
    }

    /** The list, saying why a change was refused. */
    StaffAccountsPage refused(StaffAccount viewer, String error) {
        return new StaffAccountsPage(rows(viewer), null, error);
    }

    private List<StaffAccountsPage.Row> rows(StaffAccount viewer) {
        Instant now = clock.instant();
        return StaffAccount.listByUsername().stream().map(account -> row(account, viewer, now)).toList();
    }

    private StaffAccountsPage.Row row(StaffAccount account, StaffAccount viewer, Instant now) {
        Optional<FailedSignIns> failures = throttle.of(account.username);
        Optional<SignInThrottle.Refusal> refusal = failures.flatMap(row -> throttle.refusal(row, now));
        boolean locked = refusal.isPresent();
        String status = account.disabled ? messages.list_disabled()
                : locked ? lockStatus(refusal.get(), failures.get().failures) : messages.list_active();
        return new StaffAccountsPage.Row(account, status, locked, times.format(account.createdAt),
                account.lastSignInAt == null ? messages.list_never() : times.format(account.lastSignInAt),
                account.username.equals(viewer.username));
    }

    private String lockStatus(SignInThrottle.Refusal refusal, int failures) {
        return refusal.lockedForGood() ? messages.list_locked(failures)
                : messages.list_waiting_until(times.format(refusal.waitUntil()), failures);
    }

    private String notice(String done, String username) {
        return switch (done == null ? "" : done) {
            case "disabled" -> messages.list_done_disabled(username);
            case "enabled" -> messages.list_done_enabled(username);
            case "unlocked" -> messages.list_done_unlocked(username);
            case "two-step-off" -> messages.list_done_two_step_off(username);
            default -> null;
        };
    }
}
