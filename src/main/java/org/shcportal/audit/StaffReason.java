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
    CALLER_VERIFICATION("Verifying a caller", Use.OPENING),
    SIGN_IN_HELP("Help signing in", Use.OPENING),
    CORRECTION_REQUEST("Correction request", Use.OPENING),
    MAIL_REQUEST("Printed card by mail", Use.OPENING),
    CARD_REISSUE("Replacing or revoking cards", Use.OPENING),
    CONTACT_UPDATE("Updating a phone number or email", Use.OPENING),
    GUARDIAN_LINK("Linking a parent or guardian", Use.OPENING),
    SUPERVISOR_REVIEW("Supervisor review of a request", Use.OPENING),
    LOST_OR_STOLEN("Lost or stolen wallet, phone or printed card", Use.REVOCATION, Use.DELIVERY),
    WRONG_INFORMATION("Cards showed wrong or outdated information", Use.REVOCATION, Use.DELIVERY),
    SOMEONE_ELSE_HAS_CARDS("Someone else has the cards", Use.REVOCATION),
    NO_PHONE_OR_INTERNET("No smartphone or internet to get the cards", Use.DELIVERY),
    COPY_ASKED("Asked for a copy of the cards", Use.DELIVERY);

    /** What a reason can be given for. */
    public enum Use {
        /** Opening a person's record. */
        OPENING,
        /** Revoking a person's cards (and sending the new ones). */
        REVOCATION,
        /** Sending a person's cards by email or by mail. */
        DELIVERY
    }

    private final String label;
    private final Set<Use> uses;

    StaffReason(String label, Use first, Use... more) {
        this.label = label;
        this.uses = EnumSet.of(first, more);
    }

    /** The reason as staff see it in the console (English). */
    public String label() {
        return label;
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
