package org.shcportal.checking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the "check my card" page in English; Spanish in {@code messages/checking_es.properties}. Templates use
 * them as {@code checking:key}; verdicts and errors are chosen in Java ({@link CheckPageBuilder}).
 */
@MessageBundle("checking")
public interface CheckMessages {

    @Message("Check a SMART Health Card")
    String title();

    @Message("See what a school, employer or airline sees when they check a card: who issued it, whether it is valid, and what it says. Anyone can use this page; you do not need to sign in.")
    String lead();

    @Message("We do not keep what you check. Your file, picture or text is read to make this page and then forgotten: it is not stored and not written to any log.")
    String privacy();

    @Message("A card file or a picture of its QR code")
    String file_label();

    @Message("A .smart-health-card file, or a photo or screenshot of the QR code (PNG or JPEG), up to 10 pictures and 5 MB in all. For a card with several QR codes, choose all the pictures.")
    String file_hint();

    @Message("Or")
    String or();

    @Message("The text of the QR code")
    String text_label();

    @Message("It starts with shc:/. For a card with several QR codes, put each one on its own line.")
    String text_hint();

    @Message("Check the card")
    String submit();

    @Message("Check another card")
    String check_another();

    @Message("There is a problem")
    String error_summary();

    @Message("Error: {title}")
    String error_title(String title);

    @Message("Error:")
    String error_prefix();

    @Message("Choose a file or a picture, or paste the text of a QR code.")
    String error_empty();

    @Message("Choose a file or paste text, not both.")
    String error_both();

    @Message("The file is too large. Choose files of 5 MB or less in all, for example a screenshot of the QR code instead of a photo.")
    String error_too_large();

    @Message("This file is too large to be a SMART Health Card file, which is a few kilobytes (we read up to 256 KB). Choose the .smart-health-card file you were given, or a picture of its QR code.")
    String error_card_file_too_large();

    @Message("This file is not a SMART Health Card. Choose a .smart-health-card file, or a PNG or JPEG picture of the QR code.")
    String error_not_a_card_file();

    @Message("This does not hold a SMART Health Card: no card was found in it.")
    String error_not_a_health_card();

    @Message("This picture is too large to read (more than 24 megapixels). Crop it to the QR code, or take a screenshot of the code.")
    String error_picture_too_large();

    @Message("Choose at most {max} pictures at a time.")
    String error_too_many_pictures(int max);

    @Message("These pictures are too large to read together (more than 48 megapixels in all). Choose fewer pictures, or crop them to the QR codes.")
    String error_pictures_too_large();

    @Message("We could not find a QR code in this picture. Try a sharper picture that shows the whole QR code.")
    String error_no_qr_code();

    @Message("The QR code in this picture is not a SMART Health Card: its text does not start with shc:/.")
    String error_qr_not_a_card();

    @Message("This is not the text of a SMART Health Card QR code, which starts with shc:/ followed by digits.")
    String error_not_a_card_text();

    @Message("The text is too long. Paste at most {max} characters.")
    String error_text_too_long(String max);

    @Message("You gave {given} of the {total} QR codes of this card. Add the missing {#if count == 1}one (number {missing}){#else}ones (numbers {missing}){/if} and check again.")
    String error_chunks_missing(int given, int total, int count, String missing);

    @Message("These QR codes belong to different cards. Check one card at a time.")
    String error_chunks_mixed();

    @Message("Check at most {max} cards at a time.")
    String error_too_many_cards(int max);

    @Message("This card cannot be read: it is damaged or incomplete.")
    String error_unreadable();

    @Message("Many cards are being checked right now. Please try again in a minute.")
    String error_busy();

    @Message("Many cards were checked from your network in a short time. Please wait a minute and try again.")
    String error_rate_limited();

    @Message("Card {number} of {count}")
    String card_of(int number, int count);

    @Message("Valid card")
    String heading_valid();

    @Message("Not valid")
    String heading_invalid();

    @Message("Not one of our cards")
    String heading_foreign();

    @Message("{registryName} issued this card, its signature is valid and it has not been revoked. A verifier will accept it.")
    String summary_valid(String registryName);

    @Message("{registryName} has withdrawn this card (it is revoked), for example because it issued a corrected one. A verifier will refuse it. Sign in to get your current card.")
    String summary_revoked(String registryName);

    @Message("This card expired on {date}. A verifier will refuse it.")
    String summary_expired(String date);

    @Message("This card's issue date is in the future. A verifier will refuse it for now.")
    String summary_not_yet_valid();

    @Message("This card was changed after it was issued, or it is damaged: its signature does not match. A verifier will refuse it.")
    String summary_signature_invalid();

    @Message("This card says it comes from {registryName}, but it was not signed with our keys. A verifier will refuse it.")
    String summary_unknown_key(String registryName);

    @Message("This card is not made the way a SMART Health Card must be. A verifier will refuse it.")
    String summary_malformed();

    @Message("This card says it was issued by {iss}. We can only check our own cards: we did not check its signature or whether it was revoked, and we did not contact that issuer. A verifier app can check it.")
    String summary_foreign(String iss);

    @Message("Issuer")
    String fact_issuer();

    @Message("Signature")
    String fact_signature();

    @Message("Revoked")
    String fact_revocation();

    @Message("Expiry")
    String fact_expiry();

    @Message("Issued on")
    String fact_issued();

    @Message("{registryName} ({iss})")
    String issuer_ours(String registryName, String iss);

    @Message("{iss}, not us")
    String issuer_other(String iss);

    @Message("Valid, made with our key")
    String signature_valid();

    @Message("Does not match")
    String signature_invalid();

    @Message("Not made with our keys")
    String signature_unknown_key();

    @Message("Cannot be checked")
    String signature_malformed();

    @Message("Not checked")
    String not_checked();

    @Message("Not revoked")
    String revocation_no();

    @Message("Revoked")
    String revocation_yes();

    @Message("Does not expire")
    String expiry_none();

    @Message("Valid until {date}")
    String expiry_on(String date);

    @Message("Expired on {date}")
    String expired_on(String date);

    @Message("{value} (as the card says)")
    String as_the_card_says(String value);

    @Message("What the card says")
    String contents_verified();

    @Message("What the card says (not verified by us)")
    String contents_unverified();

    @Message("We cannot show what this card says: its contents cannot be read.")
    String contents_unreadable();

    @Message("The card holds no vaccines or lab results.")
    String contents_empty();

    @Message("Name")
    String label_name();

    @Message("Date of birth")
    String label_birth_date();

    @Message("Vaccines")
    String vaccines_heading();

    @Message("Lab results")
    String labs_heading();

    @Message("Vaccine")
    String col_vaccine();

    @Message("Date")
    String col_date();

    @Message("Lot number")
    String col_lot();

    @Message("Given by")
    String col_performer();

    @Message("Test")
    String col_test();

    @Message("Result")
    String col_result();

    @Message("Laboratory")
    String col_lab();

    @Message("Code {code} ({system})")
    String code_other(String code, String system);

    @Message("Not in the card")
    String not_in_card();

    // The SMART Health Link viewer (LinkViewerController): its page, and the words its script shows.

    @Message("Open a SMART Health Link")
    String shl_title();

    @Message("Someone shared their immunization records with you as a SMART Health Link. This page opens it in your browser: the link's key stays on your device and is never sent to us.")
    String shl_lead();

    @Message("This page needs JavaScript to open a link in your browser. Turn JavaScript on, or open the link with a SMART Health Link app.")
    String shl_needs_script();

    @Message("Paste a link")
    String shl_paste_heading();

    @Message("The link")
    String shl_paste_label();

    @Message("If you received the link as text, paste it here. It starts with shlink:/ or has #shlink:/ in it.")
    String shl_paste_hint();

    @Message("Read the link")
    String shl_paste_submit();

    @Message("Shared records")
    String shl_link_heading();

    @Message("Description")
    String shl_label();

    @Message("Usable until")
    String shl_expiry();

    @Message("No expiry date")
    String shl_no_expiry();

    @Message("This link's expiry date, {date}, has passed. Its host will probably refuse it: ask the person who shared it for a new one.")
    String shl_expired(String date);

    @Message("Who is viewing")
    String shl_recipient_label();

    @Message("Your name, or your organization's. The person who shared the link sees it in their access history.")
    String shl_recipient_hint();

    @Message("Enter who is viewing.")
    String shl_recipient_missing();

    @Message("Passcode")
    String shl_passcode_label();

    @Message("This link is protected by a passcode. Ask the person who shared it.")
    String shl_passcode_hint();

    @Message("Enter the passcode.")
    String shl_passcode_missing();

    @Message("Open the records")
    String shl_open();

    @Message("Opening the link…")
    String shl_status_opening();

    @Message("The records are shown below.")
    String shl_status_done();

    @Message("This is not a SMART Health Link. A link starts with shlink:/ or has #shlink:/ in it.")
    String shl_error_not_a_link();

    @Message("This link is damaged or incomplete, so it cannot be read. Ask for the link again.")
    String shl_error_malformed();

    @Message("This link's key is not valid: it must be 43 letters, digits, - or _. Ask for the link again.")
    String shl_error_key();

    @Message("This link's options are not valid. Ask for the link again.")
    String shl_error_flag();

    @Message("This link asks for a passcode and for direct file access at once, which SMART Health Links do not allow. Ask for the link again.")
    String shl_error_direct_with_passcode();

    @Message("This link comes from {host}. This page opens only the links of {registryName}: open it with the viewer or app that came with it.")
    String shl_error_other_host(String host, String registryName);

    @Message("The passcode is wrong. 1 try left.")
    String shl_error_passcode_one();

    @Message("The passcode is wrong. {remaining} tries left.")
    String shl_error_passcode_many(String remaining);

    @Message("This link has expired or was turned off. Ask the person who shared it for a new one.")
    String shl_error_gone();

    @Message("Too many tries in a short time. Wait a minute and try again.")
    String shl_error_too_many();

    @Message("The link's host refused the request (error {status}). Try again later.")
    String shl_error_refused(String status);

    @Message("We could not reach the link's host. Check your internet connection and try again.")
    String shl_error_network();

    @Message("A file of this link cannot be read: it is damaged, or the link's key does not fit it.")
    String shl_error_file();

    @Message("We could not fetch the registry's keys to check this card. Try again later.")
    String shl_error_keys();

    @Message("The link holds no files.")
    String shl_no_files();

    @Message("Card {number} of {count}")
    String shl_card_of(String number, String count);

    @Message("Not signed: information from the link's host")
    String shl_unsigned_heading();

    @Message("This is not a signed card. It is what {host} sent with the link; no signature shows it has not been changed.")
    String shl_unsigned_summary(String host);

    @Message("The link also holds a file this page does not show ({type}).")
    String shl_other_file(String type);
}
