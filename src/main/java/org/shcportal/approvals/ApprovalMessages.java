package org.shcportal.approvals;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of change requests and their approval on the help desk, in English: the form asking for a change, the
 * queue of changes awaiting approval, and why a request or a decision is refused. Templates use them as
 * {@code approvals:key}; Java takes them from {@code MessageBundles.get(ApprovalMessages.class)}. Keys are
 * {@code <feature>_<view>_<key>} as in {@code HelpdeskMessages}, which holds the texts the help-desk pages share.
 */
@MessageBundle("approvals")
public interface ApprovalMessages {

    @Message("Changes awaiting approval")
    String changes_queue_title();

    @Message("Nothing was changed")
    String changes_queue_error_summary();

    @Message("New phone numbers and emails, guardian links and revocations wait here until a supervisor other than the requester approves or denies them.")
    String changes_queue_lead();

    @Message("No request is waiting.")
    String changes_queue_none();

    @Message("Change")
    String changes_queue_change();

    @Message("Why")
    String changes_queue_why();

    @Message("Asked by")
    String changes_queue_asked_by();

    @Message("Record opened for")
    String changes_queue_opened_for();

    @Message("You asked for this change: it is waiting for another supervisor.")
    String changes_queue_own();

    @Message("Note on your decision")
    String changes_queue_note();

    @Message("Optional when approving, needed when denying. Up to 500 characters.")
    String changes_queue_note_hint();

    @Message("Approve")
    String changes_queue_approve();

    @Message("Deny")
    String changes_queue_deny();

    /** A guardian to link: registry id, initials when the guardian is still in the registry, relationship. */
    @Message("{registryId}{#if initials} · {initials}{/if} as {relationship}")
    String changes_queue_guardian(String registryId, String initials, String relationship);

    @Message("Every card issued until the approval")
    String changes_queue_every_card();

    @Message("Add a phone number")
    String changes_kind_add_phone();

    @Message("Add an email address")
    String changes_kind_add_email();

    @Message("Link a parent or guardian")
    String changes_kind_add_guardian_link();

    @Message("Revoke and reissue cards")
    String changes_kind_revoke_cards();

    @Message("The change was approved and made.")
    String changes_notice_approved();

    @Message("The request was denied.")
    String changes_notice_denied();

    @Message("You asked for this change yourself, so another supervisor must decide it (two-person rule).")
    String changes_refusal_own_request();

    @Message("This request has already been decided.")
    String changes_refusal_already_decided();

    @Message("Say why the request is denied.")
    String changes_refusal_note_needed();

    @Message("The parent or guardian is no longer in the registry. Deny the request.")
    String changes_refusal_guardian_gone();

    @Message("The person has reached the age of majority since the request. Deny the request.")
    String changes_refusal_not_a_minor();

    @Message("Add a phone number or email")
    String changes_form_title_contact();

    @Message("Link a parent or guardian")
    String changes_form_title_guardian_link();

    @Message("Ask for the cards to be revoked and reissued")
    String changes_form_title_revoke_cards();

    @Message("The request was not sent")
    String changes_form_error_summary();

    @Message("A supervisor must approve this change before it is made. They see what you write here, and the reason and ticket you opened the record with.")
    String changes_form_lead();

    @Message("New phone number or email address")
    String changes_form_contact();

    @Message("Check it with the caller: codes and cards will be sent to it.")
    String changes_form_contact_hint();

    @Message("Registry id of the parent or guardian")
    String changes_form_guardian();

    @Message("The parent or guardian must be in the registry, e.g. NM-000123.")
    String changes_form_guardian_hint();

    @Message("Relationship to the child")
    String changes_form_relationship();

    @Message("Once approved, every card of this person issued until then stops being valid for verifiers, and new cards are issued at once.")
    String changes_form_revoke_lead();

    @Message("Why is the change needed?")
    String changes_form_note();

    @Message("Up to 500 characters. The supervisor reads it before deciding.")
    String changes_form_note_hint();

    @Message("Send for approval")
    String changes_form_submit();

    @Message("Say why the change is needed.")
    String changes_error_note_missing();

    @Message("Keep the note to {max} characters.")
    String changes_error_note_too_long(int max);

    @Message("What happened?")
    String changes_form_why();

    @Message("The person sees this reason in their access history.")
    String changes_form_why_hint();

    @Message("Choose what happened.")
    String changes_error_why();

    @Message("The same change is already waiting for a decision by a supervisor.")
    String changes_error_already_pending();

    @Message("Enter a phone number, like 505-555-0123, or an email address, like name@example.com.")
    String changes_error_contact();

    @Message("This phone number is already on file for this person.")
    String changes_error_phone_on_file();

    @Message("This email address is already on file for this person.")
    String changes_error_email_on_file();

    @Message("Choose how the guardian is related to the child.")
    String changes_error_relationship();

    @Message("Enter the registry id of the parent or guardian, like NM-000123. No person has the one entered.")
    String changes_error_guardian_unknown();

    @Message("A person cannot be their own parent or guardian.")
    String changes_error_guardian_self();

    @Message("This parent or guardian is already linked to the child.")
    String changes_error_guardian_linked();

    @Message("Only a minor can be linked to a parent or guardian; this person has reached the age of majority.")
    String changes_error_not_a_minor();
}
