package org.shcportal.approvals;

/**
 * A change request as typed: a phone or email (CONTACT), a guardian's registry id and relationship (GUARDIAN_LINK),
 * and always a note saying why.
 */
public record ChangeForm(String contact, String guardian, String relationship, String note) {

    static ChangeForm empty() {
        return new ChangeForm("", "", "", "");
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
