package org.shcportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The portal's texts in English; Spanish in {@code messages/msg_es.properties}. Keys: {@code <page>_<text>}. */
@MessageBundle("msg")
public interface PageMessages {

    /** The page's language tag, for {@code <html lang>}. */
    @Message("en")
    String layout_lang();

    /** The language the switch offers. */
    @Message("es")
    String layout_other_code();

    @Message("Español")
    String layout_other_label();

    @Message("Skip to main content")
    String layout_skip();

    @Message("Official immunization records")
    String layout_tagline();

    @Message("Language")
    String layout_language();

    @Message("Questions or a wrong record? Call the help desk at {phone}.")
    String layout_help(String phone);

    @Message("Account")
    String layout_account_nav();

    @Message("Your account")
    String layout_account();

    @Message("Sign in")
    String layout_sign_in();

    @Message("Sign out")
    String layout_sign_out();

    @Message("Check a card")
    String layout_check();

    @Message("Got a SMART Health Card from us? See what a verifier sees: check a card.")
    String home_check();

    @Message("Sign in to get your record")
    String home_sign_in();

    @Message("Your official immunization record")
    String home_title();

    @Message("Get a verifiable copy of your immunization and lab records, and your children's, from {registry}.")
    String home_intro(String registry);

    @Message("What you can get")
    String home_get_heading();

    @Message("A printable PDF with QR codes that schools, employers and airlines can scan and check")
    String home_get_pdf();

    @Message("A SMART Health Card file for health apps, and on an iPhone a one-tap link to Apple Health")
    String home_get_wallet();

    @Message("Cards for the children you are the parent or legal guardian of")
    String home_get_children();

    @Message("What the card shows")
    String home_card_heading();

    @Message("Your card only includes your full name, your date of birth and your vaccination or test records. It never includes an identification number.")
    String home_card_text();

    @Message("Page not found")
    String error_notfound_title();

    @Message("We could not find this page. Check the address, or start again from the home page.")
    String error_notfound_text();

    @Message("Something went wrong")
    String error_server_title();

    @Message("We could not finish your request. Nothing was changed. Please try again in a few minutes.")
    String error_server_text();

    @Message("Temporarily unavailable")
    String error_unavailable_title();

    @Message("The immunization records are temporarily unavailable. Please try again in a few minutes; nothing you entered was lost.")
    String error_unavailable_text();

    @Message("We could not accept what was sent")
    String error_badrequest_title();

    @Message("The form may have expired, or it held something we cannot read, such as invisible control characters. Nothing was saved. Go back, reload the page, check what you entered and try again.")
    String error_badrequest_text();

    @Message("Too much was sent")
    String error_toolarge_title();

    @Message("The form was larger than we accept, or had too many fields. Nothing was saved. Go back, shorten what you entered and try again.")
    String error_toolarge_text();

    @Message("We could not read the form")
    String error_unsupported_title();

    @Message("It was sent in a format or character set we do not accept. Nothing was saved. Please fill in the form again on our page.")
    String error_unsupported_text();

    @Message("This was already done")
    String error_conflict_title();

    @Message("The same request reached us twice at the same moment, and the first one was saved. Go back and reload the page to see it.")
    String error_conflict_text();

    @Message("Go to the home page")
    String error_home();
}
