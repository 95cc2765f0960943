package org.shcportal.healthlinks;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The resident's SMART Health Link pages and the link's printout in English; Spanish in
 * {@code messages/links_es.properties}. Templates use them as {@code links:key}; words chosen in Java (what a link
 * shares, its state, errors) come from the bundle of the page's language ({@code MessageBundles.get}).
 */
@MessageBundle("links")
public interface LinkMessages {

    @Message("Your shared links")
    String list_title_self();

    @Message("Shared links for {initials}")
    String list_title_child(String initials);

    @Message("A SMART Health Link gives someone you choose your cards through one QR code or one web address, however long the history. You can stop a link at any time and see who opened it.")
    String list_intro();

    @Message("No links yet.")
    String list_none();

    @Message("Share with one link")
    String share();

    @Message("Back to the cards")
    String back_to_cards();

    @Message("Back to the shared links")
    String back_to_list();

    @Message("Name")
    String column_label();

    @Message("Shares")
    String column_content();

    @Message("Works until")
    String column_expiry();

    @Message("State")
    String column_state();

    @Message("Made")
    String column_created();

    @Message("Share with one link")
    String form_title();

    @Message("Make a SMART Health Link for your records: one QR code or web address that opens them in the registry's viewer or in a SMART Health Link app.")
    String form_lead_self();

    /** Initials end with a full stop, so the sentence needs no other. */
    @Message("Make a SMART Health Link for the records of {initials}")
    String form_lead_child(String initials);

    @Message("What does the link share?")
    String content_legend();

    @Message("One card")
    String content_one_card();

    @Message("Only the card you choose below.")
    String content_one_card_hint();

    @Message("All cards")
    String content_all_cards();

    @Message("Every card, each with its whole history: one code for the whole history.")
    String content_all_cards_hint();

    @Message("Everything, lab results included")
    String content_everything();

    @Message("All cards, and the whole record (vaccinations and lab results) as one FHIR document.")
    String content_everything_hint();

    @Message("Which card? (for one card)")
    String card_label();

    @Message("Choose a card")
    String card_choose();

    @Message("Passcode (optional)")
    String passcode_label();

    @Message("{min} to {max} characters. Whoever opens the link must type it; tell it to them separately, not with the link. After {attempts} wrong tries the link stops working for good. The registry keeps only a scrambled form of it: if you forget it, make a new link.")
    String passcode_hint(int min, int max, int attempts);

    @Message("How long should the link work?")
    String expiry_legend();

    @Message("A week")
    String expiry_week();

    @Message("A month")
    String expiry_month();

    @Message("A year")
    String expiry_year();

    @Message("Until I stop it")
    String expiry_none();

    @Message("Name of the link")
    String label_label();

    @Message("Up to 80 characters, for example \"School nurse\". It is part of the link: whoever opens it sees the name.")
    String label_hint();

    @Message("Keep it up to date")
    String stay_current_label();

    @Message("Whoever opens the link gets the cards as they are on that day. Without this, the link always gives the cards as they are today.")
    String stay_current_hint();

    @Message("Make the link")
    String submit();

    @Message("Error: {title}")
    String error_title(String title);

    @Message("There is a problem")
    String error_summary();

    @Message("Error:")
    String error_prefix();

    @Message("Choose what the link shares.")
    String error_content_missing();

    @Message("For your safety the passcode is not shown again: type it again if you want one.")
    String passcode_retype();

    @Message("Choose how long the link works.")
    String error_expiry_missing();

    @Message("Link: {label}")
    String link_title(String label);

    @Message("Show this QR code, print it, or send the web address to whoever you choose. Anyone who has it can open what it shares, until it expires or you stop it.")
    String link_lead();

    @Message("Show this QR code, print it, or send the web address to whoever you choose. Anyone who has it and knows the passcode can open what it shares, until it expires or you stop it.")
    String link_lead_passcode();

    @Message("QR code of the SMART Health Link: {label}")
    String qr_alt(String label);

    @Message("Web address of the link")
    String url_label();

    @Message("Copy")
    String copy();

    @Message("Copied")
    String copied();

    @Message("About this link")
    String details();

    @Message("Passcode")
    String passcode_term();

    @Message("Yes: asked for before it opens")
    String passcode_yes();

    @Message("No")
    String passcode_no();

    @Message("Stays up to date")
    String stay_current_term();

    @Message("Yes: it gives the cards as they are on the day it is opened")
    String stay_current_yes();

    @Message("No: it gives the cards as they were when it was made")
    String stay_current_no();

    @Message("QR code as an image (PNG)")
    String download_png();

    @Message("QR code as a drawing (SVG)")
    String download_svg();

    @Message("Printable page with the QR code (PDF)")
    String download_pdf();

    @Message("This link no longer works, so its QR code is not shown.")
    String inactive_note();

    @Message("Stop this link")
    String deactivate();

    @Message("Stop the link \"{label}\"?")
    String deactivate_title(String label);

    @Message("It stops working at once for everyone who has it, also on paper. This cannot be undone: to share again, make a new link.")
    String deactivate_text();

    @Message("Yes, stop the link")
    String deactivate_confirm();

    @Message("Cancel")
    String deactivate_cancel();

    @Message("The link was stopped.")
    String deactivated_notice();

    @Message("Who opened it")
    String accesses_title();

    @Message("Nobody has opened this link yet.")
    String accesses_none();

    @Message("Who")
    String access_recipient();

    @Message("When")
    String access_time();

    @Message("Result")
    String access_result();

    @Message("Opened")
    String access_accepted();

    @Message("Refused")
    String access_refused();

    @Message("One card: {card}")
    String shares_one_card(String card);

    @Message("All cards")
    String shares_all_cards();

    @Message("All cards and the whole record, lab results included")
    String shares_everything();

    @Message("No end date")
    String expiry_never();

    @Message("Active")
    String state_active();

    @Message("Expired")
    String state_expired();

    @Message("Stopped")
    String state_deactivated();

    @Message("Locked: too many wrong passcodes")
    String state_locked();

    @Message("One code for the whole history")
    String one_code();

    @Message("A SMART Health Link shares every dose in one QR code.")
    String one_code_hint();

    @Message("Shared links")
    String cards_links();

    @Message("SMART Health Link")
    String print_kind();

    @Message("SMART Health Link of {name}: {label}")
    String print_title(String name, String label);

    @Message("SMART Health Link of {name}")
    String print_title_plain(String name);

    @Message("A SMART Health Link issued by {registry}")
    String print_subject(String registry);

    @Message("Scan this code with a phone camera to open the records it shares.")
    String print_scan();

    @Message("Whoever scans it also needs the passcode, which is not printed here.")
    String print_passcode();

    @Message("Anyone who has this page can open what it shares until the link expires or is stopped. Stop it on the registry's portal under \"Shared links\" when you no longer need it.")
    String print_keep_safe();

    @Message("Shares")
    String print_shares();

    @Message("Name of the link")
    String print_label();

    @Message("Name")
    String print_name();

    @Message("Works until")
    String print_expiry();

    @Message("SMART Health Link: {label}")
    String pack_title(String label);

    @Message("Shares: {shares}.")
    String pack_shares(String shares);

    @Message("Works until {date}.")
    String pack_until(String date);

    @Message("Works until it is stopped (no end date).")
    String pack_no_end();

    @Message("A passcode is needed: it is not printed.")
    String pack_passcode();

    @Message("Print on the family pack")
    String family_pack_label();

    @Message("Off unless you tick it. The family pack is the PDF a guardian downloads with each child's record and cards, often handed to a school or a camp: whoever gets it could open what this link shares. When ticked, the pack prints this link's QR code after the cards for as long as the link works.")
    String family_pack_hint();

    @Message("On the family pack")
    String family_pack_term();

    @Message("Yes: its code is printed on the family pack while the link works")
    String family_pack_yes();

    @Message("No")
    String family_pack_no();

    @Message("Save")
    String family_pack_save();
}
