package org.shcportal.signin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The sign-in pages and messages in English; Spanish in {@code messages/signin_es.properties}. */
@MessageBundle("signin")
public interface SignInMessages {

    @Message("Sign in")
    String form_title();

    @Message("Enter your details as they are on your immunization record. We will send a 6-digit code to your mobile phone or email. There is no password to remember.")
    String form_intro();

    @Message("Legal first name")
    String form_given();

    @Message("Legal last name")
    String form_family();

    @Message("If your last name changed, your previous last name works too.")
    String form_family_hint();

    @Message("Date of birth")
    String form_birth();

    @Message("Month first: for example 3 9 1984 for March 9, 1984")
    String form_birth_hint();

    @Message("Month")
    String form_month();

    @Message("Day")
    String form_day();

    @Message("Year")
    String form_year();

    @Message("Mobile phone number or email")
    String form_contact();

    @Message("One you gave when you were vaccinated or tested. A phone or email you used in the past also finds your record; the code then goes to the newest one on file.")
    String form_contact_hint();

    @Message("I am this person, or their parent or legal guardian.")
    String form_attest();

    @Message("Send me a code")
    String form_submit();

    @Message("Your session ended, so you were signed out. Please sign in again.")
    String form_ended();

    @Message("That sign-in took too long. Please start again.")
    String form_expired();

    @Message("There is a problem")
    String error_summary();

    @Message("Enter your legal first name")
    String error_given_missing();

    @Message("Enter your legal last name")
    String error_family_missing();

    @Message("The name must be 100 characters or fewer")
    String error_name_long();

    @Message("The name can only contain letters, spaces, hyphens, apostrophes and periods")
    String error_name_characters();

    @Message("Enter your date of birth")
    String error_birth_missing();

    @Message("The date of birth must be a real date, month first: for example 3 9 1984 for March 9, 1984")
    String error_birth_invalid();

    @Message("The date of birth must be in the past")
    String error_birth_future();

    @Message("The year of birth must be after 1900")
    String error_birth_old();

    @Message("Enter a mobile phone number or an email address")
    String error_contact_missing();

    @Message("Enter a phone number like 505-555-0101, or an email address like name@example.com")
    String error_contact_invalid();

    @Message("Confirm that you are this person or their parent or legal guardian")
    String error_attest();

    @Message("Enter your code")
    String code_title();

    @Message("If your details match our records, we sent a 6-digit code to the phone or email we have on file for you: the one you entered if it is still on your record, otherwise the newest one on your record. The code works for 10 minutes.")
    String code_sent();

    @Message("If your details match our records, we sent a new code. Only the newest code works.")
    String code_resent();

    @Message("Too many requests for these details. Try again at {time}, or call the help line at {phone}: the help desk can send a code that works on this page.")
    String code_paused(String time, String phone);

    @Message("{#if count == 1}1 try left{#else}{count} tries left{/if} this hour to ask for a code with these details.")
    String code_tries_left(int count);

    @Message("6-digit code")
    String code_label();

    @Message("Sign in")
    String code_submit();

    @Message("Enter the 6 digits of the code")
    String error_code_format();

    @Message("That code is not right, or it has expired. Check the newest message we sent and try again.")
    String error_code_wrong();

    @Message("This code can no longer be used. Ask for a new code, or start again.")
    String error_code_spent();

    @Message("Didn't get a code?")
    String help_title();

    @Message("Messages can take a few minutes. If you gave an email, look in your spam or junk folder.")
    String help_wait();

    @Message("Send a new code")
    String help_resend();

    @Message("If no code arrives, the details you entered may not match your immunization record, or the phone or email on your record may be out of date. Start again with another phone number or email you may have given when you were vaccinated, or call the help desk.")
    String help_other_contact();

    @Message("Start again")
    String help_start_again();

    @Message("You can also call the help desk at {phone}. They can find your record, send a code to a phone or email on file, or mail you a printed copy.")
    String help_call(String phone);

    @Message("One more question")
    String dose_title();

    @Message("To find your record, enter the date of any one vaccination you received, for example a COVID-19 or flu shot.")
    String dose_intro();

    @Message("Date of a vaccination")
    String dose_label();

    @Message("Continue")
    String dose_submit();

    @Message("Enter the date of a vaccination")
    String error_dose_missing();

    @Message("The date must be a real date in the past")
    String error_dose_invalid();

    @Message("You are signed out")
    String signed_out_title();

    @Message("If you are on a shared computer, close the browser window too.")
    String signed_out_text();

    @Message("{registry}: your sign-in code")
    String message_subject(String registry);

    @Message("Your {registry} sign-in code is {code}. It expires at {time}. Never share it. If you did not ask for it, you can ignore this message.")
    String message_body(String registry, String code, String time);
}
