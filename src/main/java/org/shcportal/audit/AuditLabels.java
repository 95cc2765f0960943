package org.shcportal.audit;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * Each audit action and each staff reason in plain words for staff (English, like the whole console), from the
 * {@link AuditMessages} bundle. One switch over every action and every reason: adding one without words for it does
 * not compile.
 */
public final class AuditLabels {

    private AuditLabels() {
    }

    public static String of(AuditAction action) {
        AuditMessages messages = MessageBundles.get(AuditMessages.class);
        return switch (action) {
            case SIGN_IN_REQUESTED -> messages.action_sign_in_requested();
            case SIGN_IN_INVALID -> messages.action_sign_in_invalid();
            case SIGN_IN_RATE_LIMITED -> messages.action_sign_in_rate_limited();
            case SIGN_IN_PAUSED -> messages.action_sign_in_paused();
            case SIGN_IN_CODE_SENT -> messages.action_sign_in_code_sent();
            case SIGN_IN_CODE_WRONG -> messages.action_sign_in_code_wrong();
            case SIGNED_IN -> messages.action_signed_in();
            case SIGNED_OUT -> messages.action_signed_out();
            case RECORDS_VIEWED -> messages.action_records_viewed();
            case CORRECTION_REQUESTED -> messages.action_correction_requested();
            case ACCESS_HISTORY_VIEWED -> messages.action_access_history_viewed();
            case CARDS_VIEWED -> messages.action_cards_viewed();
            case CARD_DOWNLOADED -> messages.action_card_downloaded();
            case CARDS_REVOKED -> messages.action_cards_revoked();
            case STAFF_SIGNED_IN -> messages.action_staff_signed_in();
            case STAFF_SIGN_IN_FAILED -> messages.action_staff_sign_in_failed();
            case STAFF_LOCKED_OUT -> messages.action_staff_locked_out();
            case STAFF_SIGNED_OUT -> messages.action_staff_signed_out();
            case STAFF_ACCOUNT_CREATED -> messages.action_staff_account_created();
            case STAFF_ACCOUNT_DISABLED -> messages.action_staff_account_disabled();
            case STAFF_ACCOUNT_ENABLED -> messages.action_staff_account_enabled();
            case STAFF_ACCOUNT_UNLOCKED -> messages.action_staff_account_unlocked();
            case STAFF_TWO_STEP_ENABLED -> messages.action_staff_two_step_enabled();
            case STAFF_TWO_STEP_DISABLED -> messages.action_staff_two_step_disabled();
            case STAFF_PASSWORD_CHANGED -> messages.action_staff_password_changed();
            case STAFF_PASSWORD_RESET -> messages.action_staff_password_reset();
            case STAFF_SEARCHED -> messages.action_staff_searched();
            case STAFF_RECORD_OPENED -> messages.action_staff_record_opened();
            case STAFF_CODE_RESENT -> messages.action_staff_code_resent();
            case STAFF_CARD_EMAILED -> messages.action_staff_card_emailed();
            case STAFF_CARD_MAIL_QUEUED -> messages.action_staff_card_mail_queued();
            case STAFF_CARD_PRINTED -> messages.action_staff_card_printed();
            case STAFF_CHANGE_REQUESTED -> messages.action_staff_change_requested();
            case STAFF_CHANGE_APPROVED -> messages.action_staff_change_approved();
            case STAFF_CHANGE_DENIED -> messages.action_staff_change_denied();
            case STAFF_CARDS_REVOKED -> messages.action_staff_cards_revoked();
            case STAFF_CARDS_REISSUED -> messages.action_staff_cards_reissued();
            case STAFF_CORRECTION_VIEWED -> messages.action_staff_correction_viewed();
            case STAFF_CORRECTION_UPDATED -> messages.action_staff_correction_updated();
            case STAFF_CORRECTION_CLOSED -> messages.action_staff_correction_closed();
            case STAFF_AUDIT_SEARCHED -> messages.action_staff_audit_searched();
            case STAFF_FEED_VIEWED -> messages.action_staff_feed_viewed();
            case FEED_MESSAGE_RECEIVED -> messages.action_feed_message_received();
            case RECORD_MERGED_INTO -> messages.action_record_merged_into();
            case RECORD_MERGED_AWAY -> messages.action_record_merged_away();
            case RECORD_CHANGE_NOTICE_QUEUED -> messages.action_record_change_notice_queued();
            case FEED_SENDER_SIGN_IN_FAILED -> messages.action_feed_sender_sign_in_failed();
            case FEED_SENDER_ADDED -> messages.action_feed_sender_added();
            case FEED_SENDER_DISABLED -> messages.action_feed_sender_disabled();
            case HEALTH_LINK_CREATED -> messages.action_health_link_created();
            case HEALTH_LINK_DEACTIVATED -> messages.action_health_link_deactivated();
            case HEALTH_LINK_FAMILY_PACK_CHANGED -> messages.action_health_link_family_pack_changed();
            case HEALTH_LINK_OPENED -> messages.action_health_link_opened();
            case HEALTH_LINK_REFUSED -> messages.action_health_link_refused();
        };
    }

    public static String of(StaffReason reason) {
        AuditMessages messages = MessageBundles.get(AuditMessages.class);
        return switch (reason) {
            case CALLER_VERIFICATION -> messages.reason_caller_verification();
            case SIGN_IN_HELP -> messages.reason_sign_in_help();
            case CORRECTION_REQUEST -> messages.reason_correction_request();
            case MAIL_REQUEST -> messages.reason_mail_request();
            case CARD_REISSUE -> messages.reason_card_reissue();
            case CONTACT_UPDATE -> messages.reason_contact_update();
            case GUARDIAN_LINK -> messages.reason_guardian_link();
            case SUPERVISOR_REVIEW -> messages.reason_supervisor_review();
            case LOST_OR_STOLEN -> messages.reason_lost_or_stolen();
            case WRONG_INFORMATION -> messages.reason_wrong_information();
            case SOMEONE_ELSE_HAS_CARDS -> messages.reason_someone_else_has_cards();
            case NO_PHONE_OR_INTERNET -> messages.reason_no_phone_or_internet();
            case COPY_ASKED -> messages.reason_copy_asked();
        };
    }
}
