package org.shcportal.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit's words for staff (English, like the whole console): each audit action as the help desk's audit search
 * lists it, and each staff reason as the console's forms, the person page, the change queue and the audit search show
 * it. Residents read their access history in their own language from {@code account}'s bundle instead. Java reads
 * them through {@link AuditLabels}.
 */
@MessageBundle("audit")
public interface AuditMessages {

    // The audit actions (AuditAction).

    @Message("Sign-in form sent")
    String action_sign_in_requested();

    @Message("Sign-in form refused (invalid input)")
    String action_sign_in_invalid();

    @Message("Sign-in refused by a rate limit")
    String action_sign_in_rate_limited();

    @Message("Sign-in paused for a person")
    String action_sign_in_paused();

    @Message("Sign-in code sent")
    String action_sign_in_code_sent();

    @Message("Wrong or expired sign-in code")
    String action_sign_in_code_wrong();

    @Message("Resident signed in")
    String action_signed_in();

    @Message("Resident signed out")
    String action_signed_out();

    @Message("Records viewed")
    String action_records_viewed();

    @Message("Correction requested")
    String action_correction_requested();

    @Message("Access history viewed")
    String action_access_history_viewed();

    @Message("Cards viewed")
    String action_cards_viewed();

    @Message("Card downloaded")
    String action_card_downloaded();

    @Message("Cards revoked by an operator command")
    String action_cards_revoked();

    @Message("Staff signed in")
    String action_staff_signed_in();

    @Message("Staff sign-in failed")
    String action_staff_sign_in_failed();

    @Message("Staff account locked after failed sign-ins")
    String action_staff_locked_out();

    @Message("Staff signed out")
    String action_staff_signed_out();

    @Message("Staff account created")
    String action_staff_account_created();

    @Message("Staff account disabled")
    String action_staff_account_disabled();

    @Message("Staff account enabled")
    String action_staff_account_enabled();

    @Message("Staff account unlocked")
    String action_staff_account_unlocked();

    @Message("Two-step sign-in turned on")
    String action_staff_two_step_enabled();

    @Message("Two-step sign-in turned off by an admin")
    String action_staff_two_step_disabled();

    @Message("Own password changed")
    String action_staff_password_changed();

    @Message("New password given by an admin")
    String action_staff_password_reset();

    @Message("Searched for people")
    String action_staff_searched();

    @Message("Record opened")
    String action_staff_record_opened();

    @Message("Sign-in code resent")
    String action_staff_code_resent();

    @Message("Cards emailed")
    String action_staff_card_emailed();

    @Message("Printed cards queued for mail")
    String action_staff_card_mail_queued();

    @Message("Printed cards printed")
    String action_staff_card_printed();

    @Message("Change requested")
    String action_staff_change_requested();

    @Message("Change approved")
    String action_staff_change_approved();

    @Message("Change denied")
    String action_staff_change_denied();

    @Message("Cards revoked")
    String action_staff_cards_revoked();

    @Message("Cards reissued")
    String action_staff_cards_reissued();

    @Message("Correction request read")
    String action_staff_correction_viewed();

    @Message("Correction request worked")
    String action_staff_correction_updated();

    @Message("Correction request closed")
    String action_staff_correction_closed();

    @Message("Audit searched")
    String action_staff_audit_searched();

    @Message("Registry feed page opened")
    String action_staff_feed_viewed();

    @Message("Registry feed message received")
    String action_feed_message_received();

    @Message("Duplicate record merged into this one")
    String action_record_merged_into();

    @Message("Record merged into another (duplicate)")
    String action_record_merged_away();

    @Message("Told the resident that a record changed")
    String action_record_change_notice_queued();

    @Message("Registry feed sender refused")
    String action_feed_sender_sign_in_failed();

    @Message("Registry feed sender added")
    String action_feed_sender_added();

    @Message("Registry feed sender disabled")
    String action_feed_sender_disabled();

    @Message("SMART Health Link made")
    String action_health_link_created();

    @Message("SMART Health Link deactivated")
    String action_health_link_deactivated();

    @Message("SMART Health Link chosen for the family pack, or no longer")
    String action_health_link_family_pack_changed();

    @Message("SMART Health Link opened")
    String action_health_link_opened();

    @Message("SMART Health Link request refused")
    String action_health_link_refused();

    // Why a staff member did something (StaffReason).

    @Message("Verifying a caller")
    String reason_caller_verification();

    @Message("Help signing in")
    String reason_sign_in_help();

    @Message("Correction request")
    String reason_correction_request();

    @Message("Printed card by mail")
    String reason_mail_request();

    @Message("Replacing or revoking cards")
    String reason_card_reissue();

    @Message("Updating a phone number or email")
    String reason_contact_update();

    @Message("Linking a parent or guardian")
    String reason_guardian_link();

    @Message("Supervisor review of a request")
    String reason_supervisor_review();

    @Message("Lost or stolen wallet, phone or printed card")
    String reason_lost_or_stolen();

    @Message("Cards showed wrong or outdated information")
    String reason_wrong_information();

    @Message("Someone else has the cards")
    String reason_someone_else_has_cards();

    @Message("No smartphone or internet to get the cards")
    String reason_no_phone_or_internet();

    @Message("Asked for a copy of the cards")
    String reason_copy_asked();
}
