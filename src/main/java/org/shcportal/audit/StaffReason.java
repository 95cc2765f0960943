package org.shcportal.audit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why a staff member did something about a person's record: why they opened it (the agent picks a reason before any
 * record is shown), and why they revoked or sent the person's cards (each of those actions is asked its own reason).
 * The name is stored in the audit and shown to the resident in their access history; never rename one.
 */
public enum StaffReason {
    CALLER_VERIFICATION(Use.OPENING),
    SIGN_IN_HELP(Use.OPENING),
    CORRECTION_REQUEST(Use.OPENING),
    MAIL_REQUEST(Use.OPENING),
    CARD_REISSUE(Use.OPENING),
    CONTACT_UPDATE(Use.OPENING),
    GUARDIAN_LINK(Use.OPENING),
    SUPERVISOR_REVIEW(Use.OPENING),
    LOST_OR_STOLEN(Use.REVOCATION, Use.DELIVERY),
    WRONG_INFORMATION(Use.REVOCATION, Use.DELIVERY),
    SOMEONE_ELSE_HAS_CARDS(Use.REVOCATION),
    NO_PHONE_OR_INTERNET(Use.DELIVERY),
    COPY_ASKED(Use.DELIVERY);

    /** What a reason can be given for. */
    public enum Use {
        /** Opening a person's record. */
        OPENING,
        /** Revoking a person's cards (and sending the new ones). */
        REVOCATION,
        /** Sending a person's cards by email or by mail. */
        DELIVERY
    }

    private final Set<Use> uses;

    StaffReason(Use first, Use... more) {
        this.uses = EnumSet.of(first, more);
    }

    /** The reason as staff see it in the console (English, from {@link AuditMessages}). */
    public String label() {
        return AuditLabels.of(this);
    }

    /** The reasons a form for {@code use} offers, in this order. */
    public static List<StaffReason> forUse(Use use) {
        return Arrays.stream(values()).filter(reason -> reason.uses.contains(use)).toList();
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

    /** The reason a form for {@code use} sent as {@code code}, or empty when that form does not offer it. */
    public static Optional<StaffReason> ofCode(String code, Use use) {
        return ofCode(code).filter(reason -> reason.uses.contains(use));
    }
}
