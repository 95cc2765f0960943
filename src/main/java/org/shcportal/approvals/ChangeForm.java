package org.shcportal.approvals;

import java.util.Optional;

import org.shcportal.audit.StaffReason;

/**
 * A change request as typed: a phone or email (CONTACT), a guardian's registry id and relationship (GUARDIAN_LINK),
 * the reason chosen for a revocation (REVOKE_CARDS, {@code why}: a {@link StaffReason} for revocations), and always a
 * note saying why.
 */
public record ChangeForm(String contact, String guardian, String relationship, String why, String note) {

    static ChangeForm empty() {
        return new ChangeForm("", "", "", "", "");
    }

    Optional<StaffReason> revocationReason() {
        return StaffReason.ofCode(why, StaffReason.Use.REVOCATION);
    }

    /** The form's three pages, as {@code ?kind=} names them. */
    public enum Page {
        CONTACT,
        GUARDIAN_LINK,
        REVOKE_CARDS
    }

    String cleanNote() {
        return note == null ? "" : note.strip();
    }
}
