package org.shcportal.audit;

/** What an audit event records (product.md F9). Names are stored; never rename one. */
public enum AuditAction {
    /** Someone submitted the sign-in form; what they typed is not kept. */
    SIGN_IN_REQUESTED,
    /** The sign-in form was refused for invalid input. */
    SIGN_IN_INVALID,
    /** A sign-in request was refused by a rate limit. */
    SIGN_IN_RATE_LIMITED,
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
    /** A resident downloaded one of the subject's cards; the reason names the form and the card, e.g. "pdf covid-19". */
    CARD_DOWNLOADED,
    /** The subject's cards issued before the time in the reason (ISO-8601) were revoked. */
    CARDS_REVOKED;
}
