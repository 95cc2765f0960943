package org.shcportal.records;

import org.shcportal.registry.Initials;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the records page in English; Spanish in {@code messages/records_es.properties}. Templates use them
 * as {@code records:key}; labels that depend on data (disease groups, tests, results, card fields) are chosen in
 * Java from the bundle of the page's language ({@code MessageBundles.get}).
 */
@MessageBundle("records")
public interface RecordMessages {

    @Message("Your records")
    String title_self();

    @Message("Records for {initials}")
    String title_child(String initials);

    @Message("The vaccines and lab results the registry holds for you.")
    String lead_self();

    /** Initials end with a full stop, so the sentence needs no other. */
    @Message("The vaccines and lab results the registry holds for {initials}")
    String lead_child(String initials);

    @Message("Name")
    String label_name();

    @Message("Date of birth")
    String label_birth_date();

    @Message("Vaccines")
    String immunizations_heading();

    @Message("Lab results")
    String labs_heading();

    @Message("{count} {#if count == 1}dose{#else}doses{/if}, oldest first")
    String dose_count(int count);

    @Message("{count} {#if count == 1}result{#else}results{/if}, oldest first")
    String result_count(int count);

    @Message("Vaccine")
    String col_vaccine();

    @Message("Date")
    String col_date();

    @Message("Lot")
    String col_lot();

    @Message("Where")
    String col_where();

    @Message("Test")
    String col_test();

    @Message("Result")
    String col_result();

    @Message("Lab")
    String col_lab();

    @Message("Not recorded")
    String not_recorded();

    @Message("No records yet")
    String empty_heading();

    @Message("The registry has no vaccines or lab results on record yet. If you or your child had vaccines or tests, tell us and we will look for them.")
    String empty_text();

    @Message("Something missing or wrong?")
    String correction_heading();

    @Message("If a vaccine is missing, a date or lot is wrong, or the name or date of birth is not right, tell the registry team. They check with the clinic or pharmacy and fix the record; the card changes once the record is fixed.")
    String correction_text();

    @Message("Report something missing or wrong")
    String correction_link();

    @Message("Requests to fix this record")
    String requests_heading();

    @Message("Requests to fix this record, newest first")
    String requests_caption();

    @Message("Sent on")
    String col_requested();

    @Message("What")
    String col_kind();

    @Message("Status")
    String col_status();

    @Message("Outcome")
    String col_outcome();

    @Message("What is inside my card")
    String card_heading_self();

    @Message("What is inside the card")
    String card_heading_child();

    @Message("A SMART Health Card carries only what is listed here. Anyone who scans the QR code or opens the file sees exactly this, and nothing else.")
    String card_intro();

    @Message("Show everything a card carries")
    String card_show();

    @Message("There is nothing to put in a card yet: a card needs at least one vaccine or lab result.")
    String card_none();

    @Message("{#if count == 1}One card:{#else}{count} cards, one for each of these groups:{/if}")
    String card_list(int count);

    @Message("About the person")
    String card_person();

    @Message("The name, as it will print: {name}")
    String field_name(String name);

    @Message("The date of birth: {date}")
    String field_birth_date(String date);

    @Message("For each vaccine dose")
    String card_dose();

    @Message("The vaccine, as a code that apps show as its name")
    String field_vaccine();

    @Message("The date of the dose")
    String field_dose_date();

    @Message("The lot number, when it was recorded")
    String field_lot_number();

    @Message("Where it was given or who gave it, shortened to 29 characters")
    String field_dose_performer();

    @Message("For each lab result")
    String card_test();

    @Message("The test, as a code that apps show as its name")
    String field_test();

    @Message("The result")
    String field_test_result();

    @Message("The date of the test")
    String field_test_date();

    @Message("Whether the result is final or was corrected")
    String field_test_status();

    @Message("The laboratory")
    String field_test_lab();

    @Message("About the card")
    String card_card();

    @Message("A label saying how carefully the registry checked who the person is")
    String field_identity_assurance();

    @Message("Who issued and signed the card: {registryName}, at {url}")
    String field_issuer(String registryName, String url);

    @Message("The date and time the card was made")
    String field_issue_date();

    @Message("What kind of card it is, for example COVID-19 vaccination")
    String field_card_type();

    @Message("A code that lets the registry cancel the card if it must; it does not tell anyone who the person is")
    String field_revocation_id();

    @Message("Technical labels that tell apps how to read the card")
    String field_structure();

    @Message("Never in the card: address, phone number, email address, or any ID number such as a Social Security or medical record number.")
    String card_never();

    @Message("COVID-19")
    String group_covid19();

    @Message("Mpox")
    String group_mpox();

    @Message("Flu (influenza)")
    String group_influenza();

    @Message("Measles, mumps and rubella")
    String group_measles_mumps_rubella();

    @Message("Diphtheria, tetanus and whooping cough (pertussis)")
    String group_diphtheria_tetanus_pertussis();

    @Message("Polio")
    String group_polio();

    @Message("Hepatitis A")
    String group_hepatitis_a();

    @Message("Hepatitis B")
    String group_hepatitis_b();

    @Message("Chickenpox (varicella)")
    String group_varicella();

    @Message("Shingles (zoster)")
    String group_zoster();

    @Message("Hib (Haemophilus influenzae type b)")
    String group_hib();

    @Message("Pneumococcal disease")
    String group_pneumococcal();

    @Message("HPV (human papillomavirus)")
    String group_hpv();

    @Message("Meningococcal disease")
    String group_meningococcal();

    @Message("RSV (respiratory syncytial virus)")
    String group_rsv();

    @Message("Other vaccines")
    String group_other_immunizations();

    @Message("COVID-19 tests")
    String group_covid19_tests();

    @Message("Other lab tests")
    String group_other_tests();

    @Message("Vaccine with code {cvx}")
    String vaccine_unknown(String cvx);

    @Message("COVID-19 test for the virus (PCR or similar)")
    String test_covid19_virus();

    @Message("COVID-19 antigen test")
    String test_covid19_antigen();

    @Message("COVID-19 antibody test")
    String test_covid19_antibody();

    @Message("COVID-19 immune cell test")
    String test_covid19_immune_cells();

    @Message("Lab test (LOINC {loinc})")
    String test_other(String loinc);

    @Message("Positive")
    String result_positive();

    @Message("Reactive")
    String result_reactive();

    @Message("The sample could not be tested")
    String result_specimen_unsatisfactory();

    @Message("Non-reactive")
    String result_non_reactive();

    @Message("Detected")
    String result_detected();

    @Message("Negative")
    String result_negative();

    @Message("Not detected")
    String result_not_detected();

    @Message("Influenza A virus found")
    String result_influenza_a();

    @Message("Influenza B virus found")
    String result_influenza_b();

    @Message("Suspected")
    String result_suspected();

    @Message("Inconclusive")
    String result_inconclusive();

    @Message("Unclear (equivocal)")
    String result_equivocal();

    @Message("Invalid result")
    String result_invalid();

    @Message("Presumptive positive")
    String result_presumptive_positive();

    @Message("Indeterminate")
    String result_indeterminate();

    @Message("COVID-19 virus found")
    String result_sars_cov_2();

    @Message("Result code {code}")
    String result_unknown(String code);

    @Message("(corrected)")
    String result_corrected();

    @Message("Get the cards: QR codes, PDF, file, wallet")
    String cards_link();
}
