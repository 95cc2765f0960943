package org.shcportal.signin;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.FormParam;

import org.shcportal.web.DateFields;
import org.shcportal.web.FormErrors;

/** The sign-in form as submitted, and what is wrong with it. */
public class SignInForm {

    /** The registry's name columns hold 100 characters. */
    static final int MAX_NAME_LENGTH = 100;
    /** Letters of any script (with their accents), spaces, hyphens, apostrophes and periods: "O'Brien-Nez Jr." */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @FormParam("givenName")
    public String givenName;

    @FormParam("familyName")
    public String familyName;

    @FormParam("birthMonth")
    public String birthMonth;

    @FormParam("birthDay")
    public String birthDay;

    @FormParam("birthYear")
    public String birthYear;

    @FormParam("contact")
    public String contact;

    @FormParam("attest")
    public String attest;

    /** The problems, in the order of the fields; empty when the form can be used. */
    FormErrors validate(SignInMessages messages, LocalDate today) {
        FormErrors errors = new FormErrors();
        checkName(errors, "givenName", givenName, messages.error_given_missing(), messages);
        checkName(errors, "familyName", familyName, messages.error_family_missing(), messages);
        checkBirthDate(errors, messages, today);
        if (blank(contact)) {
            errors.add("contact", messages.error_contact_missing());
        } else if (ContactAddress.parse(contact).isEmpty()) {
            errors.add("contact", messages.error_contact_invalid());
        }
        if (attest == null) {
            errors.add("attest", messages.error_attest());
        }
        return errors;
    }

    /** The claim of a valid form. */
    PersonMatcher.Claim claim() {
        return new PersonMatcher.Claim(givenName.strip(), familyName.strip(), birthDate().orElseThrow(),
                ContactAddress.parse(contact).orElseThrow());
    }

    private Optional<LocalDate> birthDate() {
        return new DateFields(birthMonth, birthDay, birthYear).toDate();
    }

    private static void checkName(FormErrors errors, String field, String value, String missing,
            SignInMessages messages) {
        if (blank(value)) {
            errors.add(field, missing);
        } else if (value.strip().length() > MAX_NAME_LENGTH) {
            errors.add(field, messages.error_name_long());
        } else if (!NAME.matcher(value.strip()).matches()) {
            errors.add(field, messages.error_name_characters());
        }
    }

    private void checkBirthDate(FormErrors errors, SignInMessages messages, LocalDate today) {
        DateFields fields = new DateFields(birthMonth, birthDay, birthYear);
        Optional<LocalDate> date = fields.toDate();
        if (fields.isBlank()) {
            errors.add("birthMonth", messages.error_birth_missing());
        } else if (date.isEmpty()) {
            errors.add("birthMonth", messages.error_birth_invalid());
        } else if (date.get().isAfter(today)) {
            errors.add("birthMonth", messages.error_birth_future());
        } else if (date.get().isBefore(EARLIEST_BIRTH)) {
            errors.add("birthMonth", messages.error_birth_old());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
