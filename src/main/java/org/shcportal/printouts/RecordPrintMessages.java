package org.shcportal.printouts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The printed immunization record in English; Spanish in {@code messages/recordprint_es.properties}. */
@MessageBundle("recordprint")
public interface RecordPrintMessages {

    @Message("Immunization record")
    String kind();

    @Message("Immunization record of {name}")
    String title(String name);

    @Message("Immunization records of the children of {name}")
    String family_title(String name);

    @Message("Immunization record issued by {registry}, with its SMART Health Cards")
    String subject(String registry);

    @Message("Issued {date}")
    String issued(String date);

    @Message("Questions or a wrong record? Call {phone}.")
    String help(String phone);

    @Message("Every vaccination and laboratory result that {registry} holds for this person on the date of issue. The QR codes after the record are SMART Health Cards: a school, a clinic or an app can scan them to check the registry's signature.")
    String about(String registry);

    @Message("Name")
    String name();

    @Message("Date of birth")
    String birth_date();

    @Message("Vaccinations")
    String vaccinations();

    @Message("Vaccine")
    String vaccine();

    @Message("Date")
    String date();

    @Message("Lot")
    String lot();

    @Message("Where given")
    String where();

    @Message("Laboratory results")
    String lab_results();

    @Message("Test")
    String test();

    @Message("Result")
    String result();

    @Message("Laboratory")
    String laboratory();

    @Message("The registry has no vaccination or laboratory result for this person.")
    String none();

    @Message("SMART Health Cards to scan")
    String cards();

    @Message("Each code is part of the record above, signed by the registry. Print at actual size (100%) and keep the codes flat and uncovered. You may cut the cards apart along their lines.")
    String cards_lead();

    @Message("{group}: full history")
    String full_history(String group);

    @Message("Code {number} of {count}")
    String code_of(int number, int count);

    @Message("the {shown} most recent of {total}")
    String latest(int shown, int total);

    @Message("QR code of the {group} card of {name}")
    String qr_alt(String group, String name);

    @Message("QR code {number} of {count} of the {group} card of {name}")
    String qr_alt_chunk(int number, int count, String group, String name);

    @Message("More codes")
    String links();

    @Message("QR code: {label}")
    String link_alt(String label);

    @Message("Immunization record with its QR codes, to print (PDF)")
    String download();

    @Message("Immunization record of {initials} (PDF)")
    String download_of(String initials);
}
