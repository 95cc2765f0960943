package org.shcportal.staff;

import java.util.EnumSet;
import java.util.Set;

import io.quarkus.qute.TemplateEnum;

/**
 * What each role may do in the help-desk console. Every controller action asks {@link SignedInStaff#require} for
 * one of these, so this table is the whole access policy.
 */
@TemplateEnum
public enum StaffPermission {
    /** Search for people and open a record with a reason. */
    FIND_PEOPLE(StaffRole.AGENT, StaffRole.SUPERVISOR),
    /** Resend a sign-in code, email cards or queue them for mail — always to contacts on file. */
    HELP_CALLER(StaffRole.AGENT, StaffRole.SUPERVISOR),
    /** Ask for a change that needs a supervisor: a new phone or email, a guardian link, a revocation. */
    REQUEST_CHANGE(StaffRole.AGENT, StaffRole.SUPERVISOR),
    /** Approve or deny someone else's requested change. */
    APPROVE_CHANGE(StaffRole.SUPERVISOR),
    /** Revoke a person's cards directly. */
    REVOKE_CARDS(StaffRole.SUPERVISOR),
    /** Download the mail queue as one PDF and mark it printed. */
    PRINT_MAIL(StaffRole.SUPERVISOR),
    /** Read, annotate, assign and close residents' correction requests. */
    WORK_CORRECTIONS(StaffRole.AGENT, StaffRole.SUPERVISOR),
    /** Search the audit of every action and view. */
    SEARCH_AUDIT(StaffRole.SUPERVISOR, StaffRole.ADMIN),
    /** Watch the registry feed: its newest messages, their outcomes and error locations (no personal data). */
    VIEW_FEED(StaffRole.ADMIN),
    /** Create, disable, enable and unlock staff accounts. */
    MANAGE_STAFF(StaffRole.ADMIN);

    private final Set<StaffRole> roles;

    StaffPermission(StaffRole first, StaffRole... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }
}
