package org.shcportal.carddelivery;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the help desk's card delivery pages, in English: sending a caller their cards and the mail queue.
 * What the resident receives is in {@code MailingMessages}. Templates use them as {@code carddelivery:key}; Java takes
 * them from {@code MessageBundles.get(CardDeliveryMessages.class)}. Keys are {@code <feature>_<view>_<key>} as in
 * {@code HelpdeskMessages}, which holds the texts the help-desk pages share.
 */
@MessageBundle("carddelivery")
public interface CardDeliveryMessages {

    @Message("Mail queue")
    String mail_queue_title();

    @Message("Printed cards waiting to be mailed to the address on file, oldest first.")
    String mail_queue_lead();

    @Message("Nothing is waiting to be printed.")
    String mail_queue_empty();

    @Message("Batch {reference}: {count} {#if count == 1}request{#else}requests{/if}. Each person's part starts with a cover sheet for a window envelope, followed by their cards.")
    String mail_queue_batch(String reference, int count);

    @Message("{more} more will be in the next batch.")
    String mail_queue_more(long more);

    @Message("Requests in batch {reference}")
    String mail_queue_caption(String reference);

    @Message("Queued")
    String mail_queue_queued();

    @Message("Queued by")
    String mail_queue_queued_by();

    @Message("ZIP code")
    String mail_queue_zip();

    @Message("Download the batch PDF")
    String mail_queue_download();

    @Message("Once the batch is printed and in envelopes. Only the requests listed here are marked, not any queued since this page was loaded.")
    String mail_queue_printed_hint();

    @Message("Mark these {count} as printed")
    String mail_queue_mark(int count);

    @Message("{#if count == 1}1 request was{#else}{count} requests were{/if} marked printed.")
    String mail_notice_printed(int count);

    @Message("Some of these requests have been marked printed meanwhile. Reload the mail queue and download the batch again.")
    String mail_error_changed();

    @Message("The mail queue is empty.")
    String mail_error_empty();

    @Message("Mail batch {reference}")
    String mail_batch_title(String reference);

    @Message("Send cards")
    String delivery_form_title();

    @Message("The cards were not sent")
    String delivery_error_summary();

    @Message("Cards go only to an email address or a mailing address already on file. To use a new one, ask for it to be added first: a supervisor approves it.")
    String delivery_form_rule();

    @Message("Email the cards")
    String delivery_email_heading();

    @Message("There is no email address on file.")
    String delivery_email_none();

    @Message("Ask for one to be added")
    String delivery_email_ask();

    @Message("The email has two attachments: the .smart-health-card file with every card, and a PDF of the cards to print.")
    String delivery_email_lead();

    @Message("Send to")
    String delivery_email_to();

    @Message("Email the cards")
    String delivery_email_submit();

    @Message("Mail printed cards")
    String delivery_mail_heading();

    @Message("There is no mailing address on file, so nothing can be mailed.")
    String delivery_mail_no_address();

    @Message("Printed cards for this person are already in the mail queue and not printed yet.")
    String delivery_mail_queued();

    @Message("The cards are printed with a cover sheet and mailed to the address on file in {town}. Confirm the street address with the caller first.")
    String delivery_mail_lead(String town);

    @Message("Queue for mail")
    String delivery_mail_submit();

    @Message("Language of the cards and the letter")
    String delivery_form_language();

    @Message("Choose to email the cards or to mail them.")
    String delivery_error_how();

    @Message("Why are the cards sent?")
    String delivery_form_why();

    @Message("The person sees this reason in their access history.")
    String delivery_form_why_hint();

    @Message("Choose why the cards are sent.")
    String delivery_error_why();

    @Message("There is nothing to put on a card yet: the registry has no vaccination or test result for this person.")
    String delivery_refusal_no_cards();

    @Message("There is no email address on file for this person. Ask for one to be added first.")
    String delivery_refusal_no_email_on_file();

    @Message("Choose one of the email addresses on file.")
    String delivery_refusal_email_not_on_file();

    @Message("There is no mailing address on file for this person, so nothing can be mailed.")
    String delivery_refusal_no_address();

    @Message("Printed cards for this person are already in the mail queue and not printed yet.")
    String delivery_refusal_already_queued();

    @Message("Choose how to send the cards.")
    String delivery_refusal_no_delivery_chosen();
}
