package org.shcportal.audit;

/** What an audit event records. Names are stored; never rename one. */
public enum AuditAction {
    /** Someone submitted the sign-in form; what they typed is not kept. */
    SIGN_IN_REQUESTED,
    /** The sign-in form was refused for invalid input. */
    SIGN_IN_INVALID,
    /** A sign-in request was refused by a rate limit. */
    SIGN_IN_RATE_LIMITED,
    /** Sign-in requests matching the subject were refused by a rate limit until the time in the reason (ISO-8601). */
    SIGN_IN_PAUSED,
    /** A sign-in code was sent to a contact on the subject's record. */
    SIGN_IN_CODE_SENT,
    /** A wrong or expired code was entered. */
    SIGN_IN_CODE_WRONG,
    /** The subject signed in. */
    SIGNED_IN,
    /** The subject signed out. */
    SIGNED_OUT,
    /** A resident looked at the subject's records. */
    RECORDS_VIEWED,
    /** A resident reported something missing or wrong in the subject's records. */
    CORRECTION_REQUESTED,
    /** A resident looked at their own access history. */
    ACCESS_HISTORY_VIEWED,
    /** A resident looked at the subject's cards (QR codes on screen). */
    CARDS_VIEWED,
    /**
     * A resident downloaded one of the subject's cards; the reason names the form, the card and "full" for a full
     * history, e.g. "pdf covid-19", "png covid-19 full", "file all", "family pack pdf", "record pdf" (the immunization
     * record with its cards).
     */
    CARD_DOWNLOADED,
    /** The subject's cards issued before the time in the reason (ISO-8601) were revoked. */
    CARDS_REVOKED,

    // Help desk. Events about a person carry the reason the staff member gave and their ticket.

    /** A staff member signed in. */
    STAFF_SIGNED_IN,
    /** A staff sign-in failed (unknown name, wrong password or code, disabled account); reason says which. */
    STAFF_SIGN_IN_FAILED,
    /** Too many failed sign-ins locked a staff account. */
    STAFF_LOCKED_OUT,
    /** A staff member signed out. */
    STAFF_SIGNED_OUT,
    /** An admin (or the staff command) created a staff account; reason holds the username and role. */
    STAFF_ACCOUNT_CREATED,
    /** An admin disabled a staff account; reason holds the username. */
    STAFF_ACCOUNT_DISABLED,
    /** An admin enabled a staff account again; reason holds the username. */
    STAFF_ACCOUNT_ENABLED,
    /** An admin unlocked a locked staff account; reason holds the username. */
    STAFF_ACCOUNT_UNLOCKED,
    /** A staff member turned on two-step sign-in for their account. */
    STAFF_TWO_STEP_ENABLED,
    /** An admin turned off two-step sign-in of an account whose phone was lost; reason holds the username. */
    STAFF_TWO_STEP_DISABLED,
    /** A staff member changed their own password. */
    STAFF_PASSWORD_CHANGED,
    /** An admin gave an account a new generated password; reason holds the username. */
    STAFF_PASSWORD_RESET,
    /** A staff member searched for people; what was searched for is not kept. */
    STAFF_SEARCHED,
    /** A staff member opened the subject's record, giving a reason. */
    STAFF_RECORD_OPENED,
    /** A staff member sent the subject a sign-in code to a contact on file. */
    STAFF_CODE_RESENT,
    /** A staff member emailed the subject's cards to the address on file. */
    STAFF_CARD_EMAILED,
    /** A staff member queued the subject's printed cards for mailing to the address on file. */
    STAFF_CARD_MAIL_QUEUED,
    /** The subject's queued printed cards were printed for mailing. */
    STAFF_CARD_PRINTED,
    /** A staff member asked for a change that needs a supervisor (new contact, guardian link, revocation). */
    STAFF_CHANGE_REQUESTED,
    /** A supervisor approved a requested change, which was then made. */
    STAFF_CHANGE_APPROVED,
    /** A supervisor denied a requested change. */
    STAFF_CHANGE_DENIED,
    /** The subject's cards issued until then were revoked. */
    STAFF_CARDS_REVOKED,
    /** New cards were issued for the subject. */
    STAFF_CARDS_REISSUED,
    /** A staff member read a correction request about the subject. */
    STAFF_CORRECTION_VIEWED,
    /** A staff member worked a correction request: a note, an assignment or a status change. */
    STAFF_CORRECTION_UPDATED,
    /** A staff member closed a correction request with an outcome. */
    STAFF_CORRECTION_CLOSED,
    /** A supervisor or admin searched the audit. */
    STAFF_AUDIT_SEARCHED,
    /** An admin opened the registry feed page (the feed's messages; no person's record). */
    STAFF_FEED_VIEWED,

    // Registry feed.

    /** The registry feed received an HL7 message; about the subject when it was stored; reason: outcome and sender. */
    FEED_MESSAGE_RECEIVED,
    /** The registry feed merged a duplicate record into the subject's record (HL7 ADT^A40). */
    RECORD_MERGED_INTO,
    /** The registry feed merged the subject's record, a duplicate, into another; its cards were revoked. */
    RECORD_MERGED_AWAY,
    /** The subject was told that a feed message changed their record or a linked minor's; reason: EMAIL or PHONE. */
    RECORD_CHANGE_NOTICE_QUEUED,
    /** A SOAP sender was refused; reason: the cause, and the sender's username when it is one. */
    FEED_SENDER_SIGN_IN_FAILED,
    /** The feed-sender command added a SOAP sender; reason: its username and facilities. */
    FEED_SENDER_ADDED,
    /** The feed-sender command disabled a SOAP sender; reason: its username. */
    FEED_SENDER_DISABLED,

    // SMART Health Links.

    /** A resident made a SMART Health Link to the subject's cards; reason: what it shares (ONE_CARD, ALL_CARDS, EVERYTHING). */
    HEALTH_LINK_CREATED,
    /** A resident deactivated a SMART Health Link to the subject's cards. */
    HEALTH_LINK_DEACTIVATED,
    /** A resident chose whether the family pack prints a SMART Health Link to the subject's cards; reason: ON or OFF. */
    HEALTH_LINK_FAMILY_PACK_CHANGED,
    /** Someone opened a SMART Health Link to the subject's cards; reason: the recipient they named, cut to 80 characters. */
    HEALTH_LINK_OPENED,
    /**
     * A request of a SMART Health Link to the subject's cards was refused (wrong or missing passcode, attempts used up,
     * link expired or deactivated); reason: the recipient they named, cut to 80 characters.
     */
    HEALTH_LINK_REFUSED;

    /** Whether the action is done by staff, and so shown to staff in the audit search with role and ticket. */
    public boolean isStaffAction() {
        return name().startsWith("STAFF_");
    }
}
