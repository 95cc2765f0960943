package org.shcportal.helpdesk;

import java.time.ZoneId;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the help desk (staff console) in English: its layout, finding a person, the person's record, the
 * audit search and the correction queue; the help desk's other features have bundles of their own
 * ({@code approvals}, {@code carddelivery}, {@code revocation}). Templates use them as {@code helpdesk:key};
 * messages, labels and notices chosen in Java come from {@code MessageBundles.get(HelpdeskMessages.class)}. Keys are
 * {@code <feature>_<view>_<key>}; {@code common_} ones are shared by the pages of all four. The staff pages are
 * English only; a translation would go in {@code messages/helpdesk_<language>.properties}.
 * <p>
 * Keep a bundle well below 300 messages: with Quarkus 3.31 the resolver generated for templates leaves out the
 * messages beyond the 300th, which then render as NOT_FOUND.
 */
@MessageBundle("helpdesk")
public interface HelpdeskMessages {

    // The layout of every staff page (staffLayout.html).

    @Message("Help desk")
    String layout_header_name();

    @Message("Skip to main content")
    String layout_page_skip();

    @Message("Sign out")
    String layout_header_sign_out();

    @Message("Find a person")
    String layout_nav_find();

    @Message("Correction requests")
    String layout_nav_corrections();

    @Message("Changes awaiting approval")
    String layout_nav_changes();

    @Message("Mail queue")
    String layout_nav_mail();

    @Message("Audit")
    String layout_nav_audit();

    @Message("Staff accounts")
    String layout_nav_staff();

    @Message("Registry feed")
    String layout_nav_feed();

    @Message("My account")
    String layout_nav_account();

    @Message("Every record you open and every action you take is recorded with your name and the reason you give. Residents see it in their access history.")
    String layout_footer_recorded();

    // Shared by several pages.

    @Message("Error:")
    String common_error_prefix();

    @Message("There is a problem")
    String common_error_summary();

    @Message("Back to the record")
    String common_nav_back();

    @Message("Name")
    String common_person_name();

    @Message("Date of birth")
    String common_person_birth_date();

    @Message("Registry id")
    String common_person_registry_id();

    @Message("Person")
    String common_person_initials();

    @Message("Reason")
    String common_form_reason();

    @Message("Choose a reason")
    String common_form_choose_reason();

    @Message("Ticket (optional)")
    String common_form_ticket();

    /** Before a ticket number in a sentence: "… · ticket INC-20461". */
    @Message("ticket")
    String common_text_ticket();

    @Message("Status")
    String common_table_status();

    @Message("Received")
    String common_table_received();

    @Message("What")
    String common_table_what();

    @Message("Request")
    String common_table_request();

    @Message("None")
    String common_list_none();

    /** A staff member with their role, e.g. "ana (Supervisor)". */
    @Message("{username} ({role})")
    String common_staff_with_role(String username, String role);

    @Message("Mother")
    String common_relationship_mother();

    @Message("Father")
    String common_relationship_father();

    @Message("Legal guardian")
    String common_relationship_legal_guardian();

    // Find a person (HelpdeskController, PersonSearchForm, OpenForm).

    @Message("Find a person")
    String search_form_title();

    @Message("Search by a family name with a date of birth, by a phone number or email, or by a registry id. Combine them to narrow the results. Names match as in the resident sign-in: case, accents, spaces and hyphens do not matter, one part of a double family name is enough, and previous names count.")
    String search_form_lead();

    @Message("Given name (optional)")
    String search_form_given();

    @Message("Family name")
    String search_form_family();

    @Message("Month first: for example 1 20 1951 for January 20, 1951.")
    String search_form_birth_hint();

    @Message("Month")
    String search_form_month();

    @Message("Day")
    String search_form_day();

    @Message("Year")
    String search_form_year();

    @Message("Phone number or email")
    String search_form_contact();

    @Message("Any phone number or email the person has or had on file.")
    String search_form_contact_hint();

    @Message("For example NM-000123.")
    String search_form_registry_id_hint();

    @Message("Search")
    String search_form_submit();

    @Message("Results")
    String search_results_heading();

    @Message("More than {limit} people match. Refine your search: add the given name, the date of birth, or a phone number or email.")
    String search_results_too_many(int limit);

    @Message("No one matches. Check the spelling and the date of birth, or search by a phone number or email.")
    String search_results_none();

    @Message("{count} {#if count == 1}person matches{#else}people match{/if}. Contacts are masked. Ask the caller to confirm who they are, then open the record with your reason; the resident will see the reason in their access history.")
    String search_results_count(int count);

    @Message("Contacts on file")
    String search_results_contacts();

    @Message("Open the record")
    String search_results_open();

    @Message("Open record")
    String search_results_open_button();

    /** The rest of the button's name for screen readers: "Open record of Rosa Testa". */
    @Message("of {name}")
    String search_results_open_of(String name);

    @Message("Enter something to search by: a family name and date of birth, a phone number or email, or a registry id.")
    String search_error_nothing();

    @Message("Use {max} characters or fewer.")
    String search_error_name_long(int max);

    @Message("Enter a real date of birth: month, day and year, for example 1 20 1951 for January 20, 1951.")
    String search_error_birth_invalid();

    @Message("Enter a date of birth between 1900 and today.")
    String search_error_birth_range();

    @Message("Enter a phone number with its area code, or an email address.")
    String search_error_contact();

    @Message("A registry id has letters, digits and hyphens only, for example NM-000123.")
    String search_error_registry_id();

    @Message("Enter the family name as well as the given name.")
    String search_error_family_missing();

    @Message("A name needs a date of birth, or a phone number or email, to search by.")
    String search_error_name_alone();

    @Message("A date of birth needs a family name, or a phone number or email, to search by.")
    String search_error_birth_alone();

    @Message("Choose why you are opening this record.")
    String search_error_reason();

    @Message("A ticket number has up to {max} letters, digits and - _ # . / only.")
    String search_error_ticket(int max);

    // A person's record (PersonRecordController, PersonRecordPageBuilder).

    @Message("Find another person")
    String record_show_back();

    @Message("Opened {openedAt} for:")
    String record_show_opened(String openedAt);

    @Message("The resident sees this reason in their access history.")
    String record_show_reason_seen();

    @Message("Who this is")
    String record_identity_heading();

    @Message("Phones and emails on file")
    String record_identity_contacts();

    @Message("Mailing address")
    String record_identity_address();

    @Message("None on file")
    String record_identity_no_address();

    @Message("Street lines show the first character of each word only: ask the caller for their address and compare. Contacts show the last digits or the first letter.")
    String record_identity_hint();

    @Message("Phone")
    String record_contact_phone();

    @Message("Email")
    String record_contact_email();

    @Message("Help the caller")
    String record_help_heading();

    @Message("Send a new sign-in code")
    String record_code_heading();

    /** Followed by the sign-in page's path, then {@link #record_code_steps_end}. */
    @Message("Ask the caller to start signing in at")
    String record_code_steps_start();

    @Message("with their name, date of birth and a phone or email on file, and to stay on the page that asks for the code. Then send a code here: it replaces the code that page waits for, so the caller types the new one there. If the caller has not started yet, their own form sends a code, and this one is no longer needed.")
    String record_code_steps_end();

    @Message("Send the code to")
    String record_code_to();

    @Message("Send a new code")
    String record_code_submit();

    @Message("There is no phone or email on file to send a code to.")
    String record_code_no_contact();

    @Message("Cards")
    String record_cards_send_heading();

    @Message("Send cards")
    String record_cards_send();

    @Message("Changes")
    String record_changes_heading();

    @Message("Add a phone or email")
    String record_changes_contact();

    @Message("Link a parent or guardian")
    String record_changes_guardian();

    @Message("Revoke and reissue cards")
    String record_changes_revoke();

    @Message("(needs a supervisor's approval)")
    String record_changes_approval();

    @Message("Immunizations")
    String record_doses_heading();

    @Message("Date")
    String record_doses_date();

    @Message("Vaccine")
    String record_doses_vaccine();

    @Message("CVX {code}")
    String record_doses_cvx(String code);

    @Message("No immunizations on record.")
    String record_doses_none();

    @Message("Issued cards")
    String record_cards_heading();

    @Message("The newest cards the portal issued, and whether our verifier accepts them now.")
    String record_cards_lead();

    @Message("Card")
    String record_cards_card();

    @Message("Issued")
    String record_cards_issued();

    @Message("(full history)")
    String record_cards_full_history();

    @Message("Valid")
    String record_cards_valid();

    @Message("Revoked")
    String record_cards_revoked();

    @Message("Not valid: {reason}")
    String record_cards_not_valid(String reason);

    @Message("No cards issued yet.")
    String record_cards_none();

    @Message("Correction requests")
    String record_requests_heading();

    @Message("No correction requests.")
    String record_requests_none();

    @Message("Parents, guardians and children")
    String record_family_heading();

    @Message("By initials and year of birth. To look at a relative's record, find them and open it with its own reason.")
    String record_family_lead();

    @Message("{relationship}: {initials}, born {birthYear}")
    String record_family_relative(String relationship, String initials, String birthYear);

    @Message("Child")
    String record_family_child();

    @Message("None on record.")
    String record_family_none();

    @Message("Your request was sent. A supervisor has to approve it before it takes effect.")
    String record_notice_change_requested();

    @Message("The person's cards were revoked. New cards are available in the portal now.")
    String record_notice_revoked();

    @Message("The cards were emailed to the address on file.")
    String record_notice_cards_emailed();

    @Message("Printed cards were queued for mailing to the address on file.")
    String record_notice_mail_queued();

    @Message("A new sign-in code was sent. The caller can type it on the page that asks for the code.")
    String record_notice_code_sent();

    @Message("Choose one of the phone numbers or emails on file. A code can only go to a contact on file; to add a new one, request the change.")
    String record_error_contact_not_on_file();

    @Message("Nothing was sent: no sign-in is waiting for this person's code. Ask the caller to fill in the sign-in form again with their name, date of birth and a phone or email on file, wait until they see the page that asks for the code, then send the code.")
    String record_error_no_sign_in_waiting();

    @Message("Nothing was sent: you have sent as many sign-in codes as the help desk allows one agent in an hour. Ask a colleague or a supervisor to send it.")
    String record_error_agent_codes();

    @Message("Nothing was sent: this person has been sent as many help-desk codes as an hour allows. Ask the caller to use the newest code they received, or call back after the hour.")
    String record_error_person_codes();

    @Message("A sign-in is waiting for a code: a code you send works on the caller's page.")
    String record_sign_in_waiting();

    @Message("No sign-in is waiting for a code: ask the caller to fill in the sign-in form first.")
    String record_sign_in_not_waiting();

    @Message("Someone tried to sign in as this person too many times; self-service sign-in is paused until {until}. A code you send still works on the caller's waiting page.")
    String record_sign_in_paused(String until);

    // The audit search (AuditSearchController, AuditFilter, AuditSearchPageBuilder).

    @Message("Audit")
    String audit_search_title();

    @Message("Who did what with whose record, why and when. Your searches are recorded too; a search for one person's record shows in their access history.")
    String audit_search_lead();

    @Message("Staff username")
    String audit_search_staff();

    @Message("Registry id of the person")
    String audit_search_subject();

    @Message("Whose record, for example NM-000001.")
    String audit_search_subject_hint();

    @Message("Action")
    String audit_search_action();

    @Message("Any action")
    String audit_search_any_action();

    @Message("Staff actions")
    String audit_search_staff_actions();

    @Message("Residents and sign-in")
    String audit_search_resident_actions();

    @Message("From")
    String audit_search_from();

    @Message("To")
    String audit_search_to();

    @Message("Both days included, in the registry's time zone ({zone}).")
    String audit_search_dates_hint(ZoneId zone);

    @Message("Only staff actions")
    String audit_search_staff_only();

    @Message("Search the audit")
    String audit_search_submit();

    @Message("Events, newest first")
    String audit_results_heading();

    @Message("When")
    String audit_results_when();

    @Message("Who")
    String audit_results_who();

    @Message("Whose record")
    String audit_results_whose();

    @Message("Ticket")
    String audit_results_ticket();

    @Message("No events match these filters.")
    String audit_results_none();

    @Message("More events")
    String audit_results_pager();

    @Message("Newer events")
    String audit_results_newer();

    @Message("Older events")
    String audit_results_older();

    @Message("Resident")
    String audit_who_resident();

    /** A resident acting on another person's record, such as a parent: "Resident NM-000123". */
    @Message("Resident {registryId}")
    String audit_who_other_resident(String registryId);

    @Message("Anonymous")
    String audit_who_anonymous();

    @Message("System")
    String audit_who_system();

    @Message("There is a problem with the filters")
    String audit_error_summary();

    @Message("No staff account is named {username}.")
    String audit_error_staff(String username);

    @Message("No person has the registry id {registryId}.")
    String audit_error_subject(String registryId);

    @Message("Choose an action from the list.")
    String audit_error_action();

    @Message("Enter the “from” date as year-month-day, for example 2026-03-09.")
    String audit_error_from();

    @Message("Enter the “to” date as year-month-day, for example 2026-03-09.")
    String audit_error_to();

    @Message("The “from” date is after the “to” date.")
    String audit_error_order();

    // The correction queue (CorrectionQueueController, CorrectionQueuePageBuilder, CaseChecks).

    @Message("Correction requests")
    String corrections_queue_title();

    @Message("Residents' reports that something in a record is missing or wrong. Requests still to do come first, oldest first. Open a request to read it; reading it is recorded in the resident's access history.")
    String corrections_queue_lead();

    @Message("All")
    String corrections_queue_all();

    @Message("Assigned to me")
    String corrections_queue_mine();

    @Message("Show")
    String corrections_queue_show();

    @Message("Only the first {max} requests are shown. Choose a status to narrow the list.")
    String corrections_queue_truncated(int max);

    @Message("Assigned to")
    String corrections_queue_assigned();

    @Message("Nobody yet")
    String corrections_queue_nobody();

    @Message("No correction requests match.")
    String corrections_queue_none();

    @Message("Correction request CR-{id}")
    String corrections_request_title(long id);

    @Message("All correction requests")
    String corrections_request_back();

    @Message("{kind}, received {received}.")
    String corrections_request_received(String kind, String received);

    @Message("Status:")
    String corrections_request_status();

    @Message("assigned to {username}")
    String corrections_request_assigned(String username);

    @Message("What the resident wrote")
    String corrections_request_wrote();

    @Message("Details")
    String corrections_request_details();

    @Message("Date of the dose")
    String corrections_request_dose_date();

    @Message("Sent by")
    String corrections_request_sent_by();

    @Message("The person themselves")
    String corrections_request_by_self();

    @Message("{name} (parent or guardian)")
    String corrections_request_by_guardian(String name);

    @Message("Outcome (shown to the resident)")
    String corrections_request_outcome_shown();

    @Message("Whose record")
    String corrections_request_person();

    @Message("Open the person's record")
    String corrections_request_open();

    @Message("Notes")
    String corrections_notes_heading();

    @Message("Notes are for the help desk only.")
    String corrections_notes_lead();

    @Message("No notes yet.")
    String corrections_notes_none();

    @Message("Add a note")
    String corrections_notes_label();

    @Message("Up to 2,000 characters.")
    String corrections_notes_hint();

    @Message("Add note")
    String corrections_notes_submit();

    @Message("Work the request")
    String corrections_work_heading();

    @Message("Assign to")
    String corrections_work_assign_to();

    @Message("Me")
    String corrections_work_me();

    @Message("Assign")
    String corrections_work_assign();

    @Message("Tell the resident the request is being reviewed:")
    String corrections_work_review_lead();

    @Message("Mark as being reviewed")
    String corrections_work_review();

    @Message("Outcome")
    String corrections_work_outcome();

    @Message("What you found or changed. The resident reads this on their records page. Up to 2,000 characters.")
    String corrections_work_outcome_hint();

    @Message("Close the request")
    String corrections_work_close();

    @Message("Your note was added.")
    String corrections_notice_note_added();

    @Message("The request was assigned.")
    String corrections_notice_assigned();

    @Message("The request is now being reviewed. The resident sees this status.")
    String corrections_notice_in_progress();

    @Message("The request was closed. The resident sees the outcome on their records page.")
    String corrections_notice_closed();

    @Message("Write the note before adding it.")
    String corrections_error_note_missing();

    @Message("Use {max} characters or fewer. The text has {length}.")
    String corrections_error_too_long(int max, int length);

    @Message("Choose a help-desk agent or supervisor whose account is enabled.")
    String corrections_error_assignee();

    @Message("This request is closed; it cannot be assigned.")
    String corrections_error_assign_closed();

    @Message("This request is closed; it cannot be reviewed again.")
    String corrections_error_review_closed();

    @Message("This request is already closed.")
    String corrections_error_already_closed();

    @Message("Write the outcome: the resident reads it on their records page.")
    String corrections_error_outcome_missing();

    // The registry feed page (RegistryFeedController).

    @Message("Registry feed")
    String feed_title();

    @Message("The newest {rows} HL7 messages the registry feed answered, newest first. An outcome of AE or AR means nothing of the message was stored; the sender is told why in its acknowledgement.")
    String feed_lead(int rows);

    @Message("Last 24 hours")
    String feed_last_day();

    @Message("Outcome")
    String feed_outcome();

    @Message("Any outcome")
    String feed_any_outcome();

    @Message("Sender")
    String feed_sender();

    @Message("Any sender")
    String feed_any_sender();

    @Message("Show")
    String feed_submit();

    @Message("Messages")
    String feed_messages();

    @Message("Control id")
    String feed_control_id();

    @Message("Received")
    String feed_received();

    @Message("Problems (segment^sequence^field, HL7 code, severity)")
    String feed_problems();

    @Message("No messages.")
    String feed_none();

    @Message("The filter could not be used")
    String feed_error_summary();

    @Message("Choose an outcome: AA, AE or AR.")
    String feed_error_outcome();

    @Message("A sender has at most {length} characters.")
    String feed_error_sender(int length);

    @Message("AA accepted")
    String feed_outcome_aa();

    @Message("AE error, not stored")
    String feed_outcome_ae();

    @Message("AR rejected, not stored")
    String feed_outcome_ar();
}
