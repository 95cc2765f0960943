package org.shcportal.corrections;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the correction request pages in English; Spanish in {@code messages/corrections_es.properties}.
 * Templates use them as {@code corrections:key}; labels of kinds, statuses and errors are chosen in Java from the
 * bundle of the page's language ({@code MessageBundles.get}).
 */
@MessageBundle("corrections")
public interface CorrectionMessages {

    @Message("Report something missing or wrong")
    String form_title();

    @Message("Tell the registry team what is missing or wrong in your record.")
    String form_lead_self();

    /** Initials end with a full stop, so the sentence needs no other. */
    @Message("Tell the registry team what is missing or wrong in the record of {initials}")
    String form_lead_child(String initials);

    @Message("What is missing or wrong?")
    String kind_legend();

    @Message("A vaccine dose is missing")
    String kind_missing_dose();

    @Message("A dose is wrong (vaccine, date, lot or place)")
    String kind_wrong_dose();

    @Message("The name or date of birth is wrong")
    String kind_wrong_name_or_birth_date();

    @Message("Something else")
    String kind_other();

    @Message("Tell us more")
    String description_label();

    @Message("For a missing dose, say which vaccine, when and where it was given. Up to 2,000 characters. Please do not write ID numbers such as a Social Security number.")
    String description_hint();

    @Message("Date of the dose (optional)")
    String dose_date_label();

    @Message("If this is about one dose, the day it was given.")
    String dose_date_hint();

    @Message("Send request")
    String submit();

    @Message("Back to the records")
    String back();

    @Message("Error: {title}")
    String error_title(String title);

    @Message("There is a problem")
    String error_summary();

    @Message("Error:")
    String error_prefix();

    @Message("Choose what is missing or wrong.")
    String error_kind_missing();

    @Message("Tell us what is missing or wrong.")
    String error_description_missing();

    @Message("Use 2,000 characters or fewer. Your text has {count}.")
    String error_description_too_long(int count);

    @Message("Enter a real date, for example 2021-03-15.")
    String error_dose_date_invalid();

    @Message("The date of the dose must be today or in the past.")
    String error_dose_date_future();

    @Message("The date of the dose cannot be before the date of birth.")
    String error_dose_date_before_birth();

    @Message("Request sent")
    String sent_title();

    @Message("We have your request about your record.")
    String sent_lead_self();

    /** Initials end with a full stop, so the sentence needs no other. */
    @Message("We have your request about the record of {initials}")
    String sent_lead_child(String initials);

    @Message("What happens next")
    String next_heading();

    @Message("The registry team reviews your request within {days} business {#if days == 1}day{#else}days{/if}.")
    String next_review(int days);

    @Message("If they need more details, they may call you on the phone number the registry has on file.")
    String next_call();

    @Message("Once the record is fixed, the card changes too: download it again to get the corrected card.")
    String next_card();

    @Message("You can follow the status of your request on the records page.")
    String next_status();

    @Message("Questions? Call the help desk at {phone}.")
    String next_help(String phone);

    @Message("Your request")
    String summary_heading();

    @Message("What")
    String label_kind();

    @Message("Details")
    String label_description();

    @Message("Date of the dose")
    String label_dose_date();

    @Message("Status")
    String label_status();

    @Message("Sent on")
    String label_sent();

    @Message("Received")
    String status_open();

    @Message("Being reviewed")
    String status_in_progress();

    @Message("Closed")
    String status_closed();
}
