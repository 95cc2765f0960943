package org.shcportal.audit;

/**
 * Each audit action in plain words for staff reading the audit (English, like the whole console). One switch over
 * every action: adding an action without words for it does not compile.
 */
public final class AuditLabels {

    private AuditLabels() {
    }

    public static String of(AuditAction action) {
        return switch (action) {
            case SIGN_IN_REQUESTED -> "Sign-in form sent";
            case SIGN_IN_INVALID -> "Sign-in form refused (invalid input)";
            case SIGN_IN_RATE_LIMITED -> "Sign-in refused by a rate limit";
            case SIGN_IN_PAUSED -> "Sign-in paused for a person";
            case SIGN_IN_CODE_SENT -> "Sign-in code sent";
            case SIGN_IN_CODE_WRONG -> "Wrong or expired sign-in code";
            case SIGNED_IN -> "Resident signed in";
            case SIGNED_OUT -> "Resident signed out";
            case RECORDS_VIEWED -> "Records viewed";
            case CORRECTION_REQUESTED -> "Correction requested";
            case ACCESS_HISTORY_VIEWED -> "Access history viewed";
            case CARDS_VIEWED -> "Cards viewed";
            case CARD_DOWNLOADED -> "Card downloaded";
            case CARDS_REVOKED -> "Cards revoked by an operator command";
            case STAFF_SIGNED_IN -> "Staff signed in";
            case STAFF_SIGN_IN_FAILED -> "Staff sign-in failed";
            case STAFF_LOCKED_OUT -> "Staff account locked after failed sign-ins";
            case STAFF_SIGNED_OUT -> "Staff signed out";
            case STAFF_ACCOUNT_CREATED -> "Staff account created";
            case STAFF_ACCOUNT_DISABLED -> "Staff account disabled";
            case STAFF_ACCOUNT_ENABLED -> "Staff account enabled";
            case STAFF_ACCOUNT_UNLOCKED -> "Staff account unlocked";
            case STAFF_TWO_STEP_ENABLED -> "Two-step sign-in turned on";
            case STAFF_TWO_STEP_DISABLED -> "Two-step sign-in turned off by an admin";
            case STAFF_PASSWORD_CHANGED -> "Own password changed";
            case STAFF_PASSWORD_RESET -> "New password given by an admin";
            case STAFF_SEARCHED -> "Searched for people";
            case STAFF_RECORD_OPENED -> "Record opened";
            case STAFF_CODE_RESENT -> "Sign-in code resent";
            case STAFF_CARD_EMAILED -> "Cards emailed";
            case STAFF_CARD_MAIL_QUEUED -> "Printed cards queued for mail";
            case STAFF_CARD_PRINTED -> "Printed cards printed";
            case STAFF_CHANGE_REQUESTED -> "Change requested";
            case STAFF_CHANGE_APPROVED -> "Change approved";
            case STAFF_CHANGE_DENIED -> "Change denied";
            case STAFF_CARDS_REVOKED -> "Cards revoked";
            case STAFF_CARDS_REISSUED -> "Cards reissued";
            case STAFF_CORRECTION_VIEWED -> "Correction request read";
            case STAFF_CORRECTION_UPDATED -> "Correction request worked";
            case STAFF_CORRECTION_CLOSED -> "Correction request closed";
            case STAFF_AUDIT_SEARCHED -> "Audit searched";
            case STAFF_FEED_VIEWED -> "Registry feed page opened";
            case FEED_MESSAGE_RECEIVED -> "Registry feed message received";
            case RECORD_MERGED_INTO -> "Duplicate record merged into this one";
            case RECORD_MERGED_AWAY -> "Record merged into another (duplicate)";
            case RECORD_CHANGE_NOTICE_QUEUED -> "Told the resident that a record changed";
            case FEED_SENDER_SIGN_IN_FAILED -> "Registry feed sender refused";
            case FEED_SENDER_ADDED -> "Registry feed sender added";
            case FEED_SENDER_DISABLED -> "Registry feed sender disabled";
            case HEALTH_LINK_CREATED -> "SMART Health Link made";
            case HEALTH_LINK_DEACTIVATED -> "SMART Health Link deactivated";
            case HEALTH_LINK_FAMILY_PACK_CHANGED -> "SMART Health Link chosen for the family pack, or no longer";
            case HEALTH_LINK_OPENED -> "SMART Health Link opened";
            case HEALTH_LINK_REFUSED -> "SMART Health Link request refused";
        };
    }
}
