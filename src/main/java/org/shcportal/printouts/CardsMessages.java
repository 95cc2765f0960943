package org.shcportal.printouts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The cards page and the printed cards in English; Spanish in {@code messages/cards_es.properties}. */
@MessageBundle("cards")
public interface CardsMessages {

    @Message("Your cards")
    String title_self();

    @Message("Cards for {initials}")
    String title_child(String initials);

    @Message("The earlier cards were withdrawn on {date}: printouts and phone copies made before then no longer pass a check. Use the cards on this page.")
    String revoked_notice(String date);

    @Message("Each card is an official, signed copy of a part of the record. Show the QR code, print it, or keep it on your phone.")
    String intro();

    @Message("There is nothing to put on a card yet: the registry has no vaccination or test result for this person.")
    String none();

    @Message("Back to the records")
    String back();

    @Message("Showing the {shown} most recent of {total} doses: they do not all fit in one QR code. The full history is below, in {codes} codes to scan together.")
    String coverage(int shown, int total, int codes);

    @Message("QR code of the card: {card}")
    String qr_alt(String card);

    @Message("QR code {number} of {count} of the card: {card}")
    String qr_alt_chunk(int number, int count, String card);

    @Message("Code {number} of {count}")
    String chunk_label(int number, int count);

    @Message("Scan all {count} codes")
    String scan_all(int count);

    @Message("Full history: {total} doses")
    String full_history(int total);

    @Message("Some verifier apps cannot read cards of several codes; show the card above when you can.")
    String full_history_note();

    @Message("Download")
    String downloads();

    @Message("Printable PDF (full page)")
    String download_pdf();

    @Message("Wallet-size card to print and fold (PDF)")
    String download_wallet();

    @Message("SMART Health Card file")
    String download_file();

    @Message("SMART Health Card file: the {shown} most recent doses, in one code (for a phone wallet)")
    String download_file_recent(int shown);

    @Message("SMART Health Card file: all {total} doses, in {codes} codes (for a school nurse or a doctor)")
    String download_file_full(int total, int codes);

    @Message("Which file? A phone wallet takes one code: use the file with the {shown} most recent doses. A school nurse or a doctor needs every dose: use the file with all {total} doses, under \"Full history\", or \"One code for the whole history\".")
    String which_file(int shown, int total);

    @Message("QR code as an image (PNG)")
    String download_png();

    @Message("QR code as a drawing (SVG)")
    String download_svg();

    @Message("QR code {number} (PNG)")
    String download_png_chunk(int number);

    @Message("Add to Apple Health and Wallet")
    String apple();

    @Message("Opens in Safari on iPhone with iOS 15 or later. If nothing happens, download the file instead.")
    String apple_note();

    @Message("Save to Google Wallet")
    String google();

    @Message("All cards in one SMART Health Card file")
    String download_all();

    @Message("Family pack: each child's immunization record and cards in one PDF")
    String family_pack();

    @Message("Do not fold or cover the QR code.")
    String print_do_not_fold();

    @Message("Keep it flat, clean and uncovered so that it scans. Print at actual size (100%).")
    String print_do_not_fold_detail();

    @Message("Scan all {count} codes: the card is split across them.")
    String print_scan_all(int count);

    @Message("SMART Health Card")
    String print_kind();

    @Message("Issued {date}")
    String print_issued(String date);

    @Message("Questions or a wrong record? Call {phone}.")
    String print_help(String phone);

    @Message("Name")
    String print_name();

    @Message("Date of birth")
    String print_birth_date();

    @Message("Doses")
    String print_doses();

    @Message("Results")
    String print_results();

    @Message("Vaccine")
    String print_vaccine();

    @Message("Date")
    String print_date();

    @Message("Lot")
    String print_lot();

    @Message("Where")
    String print_where();

    @Message("Test")
    String print_test();

    @Message("Result")
    String print_result();

    @Message("Laboratory")
    String print_lab();

    @Message("{card} record")
    String print_title(String card);

    @Message("{card} record of {name}")
    String print_document_title(String card, String name);

    @Message("SMART Health Card issued by {registry}")
    String print_subject(String registry);

    @Message("Showing the {shown} most recent of {total} doses. The full history is on the next page.")
    String print_coverage(int shown, int total);

    @Message("The whole history can be shared in one code: on the cards page of the registry's portal, choose \"One code for the whole history\" (a SMART Health Link).")
    String print_one_code();

    @Message("What is a SMART Health Card?")
    String print_what_title();

    @Message("A SMART Health Card is a record with a QR code signed by the registry. Schools, employers, airlines and apps such as Apple Health can scan the code and check the signature: it holds only your name, date of birth and the records printed here. Nobody can change it without breaking the signature.")
    String print_what_text();

    @Message("The code holds all {total} doses; {#if listed == 1}the most recent is{#else}the {listed} most recent are{/if} listed here.")
    String print_wallet_all_doses(int total, int listed);

    @Message("The code holds the {inCode} most recent of {total} doses; {#if listed == 1}the most recent is{#else}the {listed} most recent are{/if} listed here.")
    String print_wallet_recent_doses(int inCode, int total, int listed);

    @Message("The code holds all {total} results; {#if listed == 1}the most recent is{#else}the {listed} most recent are{/if} listed here.")
    String print_wallet_all_results(int total, int listed);

    @Message("The code holds the {inCode} most recent of {total} results; {#if listed == 1}the most recent is{#else}the {listed} most recent are{/if} listed here.")
    String print_wallet_recent_results(int inCode, int total, int listed);

    @Message("Cut along the solid line, fold along the dotted line.")
    String print_wallet_instructions();
}
