package org.shcportal.staff;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.audit.Actor;

/**
 * Tells the other admins and supervisors, in the console, when an admin creates an account that can approve, gives
 * one a new password or turns off its two-step sign-in: approvals need two people, and each of these changes lets
 * one admin know the password of an approver. Changes made with the {@code staff add} command (by whoever runs the
 * portal's server) are not told. Each notice stays on every page of each of them until they mark it seen.
 */
@ApplicationScoped
public class ApproverNotices {

    /** One notice as a page shows it. */
    public record Shown(long id, String text) {
    }

    @Inject
    StaffMessages messages;

    @Inject
    ConsoleTimes times;

    @Inject
    Clock clock;

    /** Records {@code change} to {@code account} by {@code by}, when the account can approve and a staff member did it. */
    void changed(StaffAccount account, StaffNotice.Change change, Actor by) {
        if (!account.may(StaffPermission.APPROVE_CHANGE) || by.staff() == null) {
            return;
        }
        StaffNotice notice = new StaffNotice();
        notice.account = account;
        notice.change = change;
        notice.byStaff = by.staff();
        notice.madeAt = clock.instant();
        notice.persist();
    }

    /** The notices {@code viewer} has still to see; none for a role that neither approves nor manages staff. */
    List<Shown> unseenBy(StaffAccount viewer) {
        if (!viewer.may(StaffPermission.APPROVE_CHANGE) && !viewer.may(StaffPermission.MANAGE_STAFF)) {
            return List.of();
        }
        return StaffNotice.unseenBy(viewer).stream().map(notice -> new Shown(notice.id, text(notice))).toList();
    }

    /** Marks a notice seen by {@code viewer}; an unknown id changes nothing. */
    void seen(long noticeId, StaffAccount viewer) {
        StaffNotice.<StaffNotice> findByIdOptional(noticeId).ifPresent(notice -> notice.seenBy(viewer));
    }

    private String text(StaffNotice notice) {
        String when = times.format(notice.madeAt);
        String username = notice.account.username;
        return switch (notice.change) {
            case CREATED -> messages.notice_created(notice.byStaff, username, notice.account.role.label(), when);
            case PASSWORD_RESET -> messages.notice_password_reset(notice.byStaff, username, when);
            case TWO_STEP_OFF -> messages.notice_two_step_off(notice.byStaff, username, when);
        };
    }
}
