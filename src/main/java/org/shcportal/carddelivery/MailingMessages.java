package org.shcportal.carddelivery;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What residents receive from the help desk — the email with their cards, the cover sheet of mailed cards — in
 * English; Spanish in {@code messages/mailing_es.properties}. The staff pages themselves are English only.
 */
@MessageBundle("mailing")
public interface MailingMessages {

    @Message("Your health cards from {registry}")
    String email_subject(String registry);

    @Message("Hello,")
    String email_greeting();

    @Message("As you asked our help desk, here are your SMART Health Cards from {registry}, attached to this email:")
    String email_intro(String registry);

    @Message("- {file}: the cards as a file, to open with a health app or a wallet app.")
    String email_file(String file);

    @Message("- {pdf}: the cards to print or to show on screen, with their QR codes.")
    String email_pdf(String pdf);

    @Message("The cards hold your health information. Keep them like any other health document and share them only with people you choose.")
    String email_keep();

    @Message("If you did not ask for this email, please call us at {phone}.")
    String email_not_you(String phone);

    @Message("Health cards of {name}")
    String cards_title(String name);

    @Message("Your health cards")
    String sheet_title();

    @Message("Letter from {registry} with printed health cards")
    String sheet_subject(String registry);

    @Message("As you asked our help desk, we are sending you your SMART Health Cards, printed on the pages that follow. Each card has a QR code that a phone or a verifier can scan; keep the pages like any other health document.")
    String sheet_letter();

    @Message("Questions? Call us at {phone}.")
    String sheet_help(String phone);

    @Message("Reference {batch}-{request}")
    String sheet_reference(String batch, long request);
}
