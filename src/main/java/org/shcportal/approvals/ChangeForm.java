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
        CONTACT("Add a phone number or email"),
        GUARDIAN_LINK("Link a parent or guardian"),
        REVOKE_CARDS("Ask for the cards to be revoked and reissued");

        private final String title;

        Page(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    String cleanNote() {
        return note == null ? "" : note.strip();
    }
}
