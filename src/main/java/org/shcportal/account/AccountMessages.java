package org.shcportal.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The signed-in resident's own pages in English; Spanish in {@code messages/account_es.properties}. */
@MessageBundle("account")
public interface AccountMessages {

    @Message("Your account")
    String index_title();

    @Message("Signed in as {name}.")
    String index_signed_in(String name);

    @Message("Your records")
    String index_yours();

    @Message("See your vaccinations and test results, and what your card will show.")
    String index_yours_text();

    @Message("See your records")
    String index_yours_link();

    @Message("Children")
    String index_children();

    @Message("The children you are the parent or legal guardian of, until they turn {age}.")
    String index_children_text(int age);

    @Message("Records for {initials}")
    String index_child_link(String initials);

    @Message("Born {date}")
    String index_child_born(String date);

    @Message("No children are linked to you. If a child of yours is missing, call the help desk at {phone}.")
    String index_no_children(String phone);

    @Message("Access history")
    String index_history();

    @Message("Every sign-in, every view of your records and every download, by you or anyone else.")
    String index_history_text();

    @Message("See your access history")
    String index_history_link();

    @Message("Shared links")
    String index_links();

    @Message("SMART Health Links you made to share your cards or a child's: who opened them, and stopping them.")
    String index_links_text();

    @Message("See your shared links")
    String index_links_link();

    @Message("Messages from us")
    String index_settings();

    @Message("Tell me when my immunization record, or one I manage, is updated (at most one message a day, to the newest phone or email on my record)")
    String index_settings_notices();

    @Message("Save")
    String index_settings_save();

    @Message("Your choice was saved.")
    String index_settings_saved();

    @Message("Your access history")
    String history_title();

    @Message("Who signed in, looked at or downloaded your records, and when. Something you do not recognize? Call the help desk at {phone}.")
    String history_intro(String phone);

    @Message("Nothing yet.")
    String history_empty();

    @Message("When")
    String history_when();

    @Message("What")
    String history_what();

    @Message("Who")
    String history_who();

    @Message("Network")
    String history_network();

    @Message("The network is shown as a short code: the same code means the same internet connection.")
    String history_network_note();

    @Message("You")
    String who_you();

    @Message("Someone using the sign-in form")
    String who_anonymous();

    @Message("Your parent or guardian")
    String who_guardian();

    @Message("A help-desk agent")
    String who_staff();

    @Message("A help-desk supervisor")
    String who_supervisor();

    @Message("A help-desk administrator")
    String who_admin();

    @Message("The help desk")
    String who_helpdesk();

    @Message("The registry")
    String who_system();

    @Message("Asked for a sign-in code")
    String what_sign_in_requested();

    @Message("A sign-in code was sent to your {channel}")
    String what_code_sent(String channel);

    @Message("phone")
    String channel_phone();

    @Message("email")
    String channel_email();

    @Message("A wrong sign-in code was entered")
    String what_code_wrong();

    @Message("Too many sign-in requests; no code was sent")
    String what_rate_limited();

    @Message("Someone tried to sign in as you several times; sign-in was paused until {until}. If it was not you, call the help desk.")
    String what_sign_in_paused(String until);

    @Message("Signed in")
    String what_signed_in();

    @Message("Signed out")
    String what_signed_out();

    @Message("Viewed the records")
    String what_records_viewed();

    @Message("Viewed the records of {initials}")
    String what_records_viewed_of(String initials);

    @Message("Reported something missing or wrong")
    String what_correction_requested();

    @Message("Reported something missing or wrong for {initials}")
    String what_correction_requested_of(String initials);

    @Message("Viewed this access history")
    String what_history_viewed();

    @Message("Viewed the cards")
    String what_cards_viewed();

    @Message("Viewed the cards of {initials}")
    String what_cards_viewed_of(String initials);

    @Message("Downloaded {card} as a file for health apps (SMART Health Card)")
    String download_file(String card);

    @Message("Downloaded a QR code of {card} as a picture ({format})")
    String download_qr(String card, String format);

    @Message("Downloaded {card} as a printable PDF")
    String download_pdf(String card);

    @Message("Downloaded {card} as a wallet-size card to print (PDF)")
    String download_wallet_pdf(String card);

    @Message("Opened {card} on a page to print")
    String download_print(String card);

    @Message("Downloaded the QR code of a SMART Health Link you made, as a picture ({format})")
    String download_link_qr(String format);

    @Message("Downloaded the printable page of a SMART Health Link you made (PDF)")
    String download_link_pdf();

    @Message("Downloaded your immunization record and its QR codes to print (PDF)")
    String download_record();

    @Message("Downloaded the immunization record of {initials} and its QR codes to print (PDF)")
    String download_record_of(String initials);

    @Message("Downloaded {cards} in the family pack to print (PDF)")
    String download_family_pack(String cards);

    @Message("Downloaded {card}")
    String download_other(String card);

    @Message("the {group} card")
    String download_card(String group);

    @Message("the {group} card of {initials}")
    String download_card_of(String group, String initials);

    @Message("the full {group} history")
    String download_history(String group);

    @Message("the full {group} history of {initials}")
    String download_history_of(String group, String initials);

    @Message("all the cards")
    String download_all();

    @Message("all the cards of {initials}")
    String download_all_of(String initials);

    @Message("a card")
    String download_any();

    @Message("a card of {initials}")
    String download_any_of(String initials);

    @Message("Withdrew (revoked) the cards made before {when}; new cards can be downloaded")
    String what_cards_revoked(String when);

    @Message("The registry recorded new information")
    String what_feed_recorded();

    @Message("Your record was merged with a duplicate record; its vaccines and test results are now in your record")
    String what_record_merged_into();

    @Message("Your record was merged with a duplicate record and closed; its cards were withdrawn (revoked)")
    String what_record_merged_away();

    @Message("Told you by {channel} that an immunization record was updated")
    String what_record_change_notice(String channel);

    @Message("The registry managed the systems that send it information")
    String what_feed_senders();

    @Message("Made a SMART Health Link to the cards")
    String what_link_created();

    @Message("Made a SMART Health Link to the cards of {initials}")
    String what_link_created_of(String initials);

    @Message("Deactivated a SMART Health Link")
    String what_link_deactivated();

    @Message("Deactivated a SMART Health Link to the cards of {initials}")
    String what_link_deactivated_of(String initials);

    @Message("Chose to print a SMART Health Link on the family pack")
    String what_link_packed();

    @Message("Chose to print a SMART Health Link to the cards of {initials} on the family pack")
    String what_link_packed_of(String initials);

    @Message("Chose to no longer print a SMART Health Link on the family pack")
    String what_link_unpacked();

    @Message("Chose to no longer print a SMART Health Link to the cards of {initials} on the family pack")
    String what_link_unpacked_of(String initials);

    @Message("A SMART Health Link was opened by someone who called themselves \"{recipient}\"")
    String what_link_opened(String recipient);

    @Message("A SMART Health Link request was refused (wrong passcode, or the link no longer works); they called themselves \"{recipient}\"")
    String what_link_refused(String recipient);

    @Message("Reason given: {reason}")
    String what_reason(String reason);

    @Message("Opened your record")
    String what_staff_opened();

    @Message("Sent you a sign-in code to a contact on your record")
    String what_staff_code_resent();

    @Message("Emailed your cards to the address on your record")
    String what_staff_card_emailed();

    @Message("Asked for your printed cards to be mailed to the address on your record")
    String what_staff_card_mail_queued();

    @Message("Printed your cards for mailing")
    String what_staff_card_printed();

    @Message("Asked a supervisor to approve a change to your record")
    String what_staff_change_requested();

    @Message("Approved a change to your record")
    String what_staff_change_approved();

    @Message("Turned down a requested change to your record")
    String what_staff_change_denied();

    @Message("Revoked the cards issued to you until then; they no longer pass a check")
    String what_staff_cards_revoked();

    @Message("Issued new cards for you")
    String what_staff_cards_reissued();

    @Message("Read your report of something missing or wrong")
    String what_staff_correction_viewed();

    @Message("Worked on your report of something missing or wrong")
    String what_staff_correction_updated();

    @Message("Closed your report of something missing or wrong")
    String what_staff_correction_closed();

    @Message("Looked at who accessed your record (the audit)")
    String what_staff_audit_searched();

    @Message("Help-desk work")
    String what_staff_other();

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

    @Message("The cards showed wrong or outdated information")
    String reason_wrong_information();

    @Message("Someone else has the cards")
    String reason_someone_else_has_cards();

    @Message("No smartphone or internet to get the cards")
    String reason_no_phone_or_internet();

    @Message("You asked for a copy of the cards")
    String reason_copy_asked();

    @Message("{registry}: your immunization record was updated")
    String notice_subject(String registry);

    @Message("Your immunization record was updated. Sign in to get your updated card.")
    String notice_body_self();

    @Message("An immunization record you manage was updated. Sign in to get the updated card.")
    String notice_body_minor();

    @Message("{registry}. Questions? Call the help desk at {phone}. You can turn these messages off on your account page.")
    String notice_help(String registry, String phone);
}
