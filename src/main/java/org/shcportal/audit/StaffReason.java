package org.shcportal.audit;

import java.util.Optional;

/**
 * Why a staff member opened a person's record (the agent picks a reason before any record is shown). The
 * name is stored in the audit and shown to the resident in their access history; never rename one.
 */
public enum StaffReason {
    CALLER_VERIFICATION("Verifying a caller"),
    SIGN_IN_HELP("Help signing in"),
    CORRECTION_REQUEST("Correction request"),
    MAIL_REQUEST("Printed card by mail"),
    CARD_REISSUE("Replacing or revoking cards"),
    CONTACT_UPDATE("Updating a phone number or email"),
    GUARDIAN_LINK("Linking a parent or guardian"),
    SUPERVISOR_REVIEW("Supervisor review of a request");

    private final String label;

    StaffReason(String label) {
        this.label = label;
    }

    /** The reason as staff see it in the console (English). */
    public String label() {
        return label;
    }

    /** The reason stored as {@code code}, or empty for anything else (a reason from before this list). */
    public static Optional<StaffReason> ofCode(String code) {
        for (StaffReason reason : values()) {
            if (reason.name().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
