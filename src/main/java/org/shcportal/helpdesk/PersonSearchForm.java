package org.shcportal.helpdesk;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.FormParam;

import org.shcportal.signin.ContactAddress;
import org.shcportal.web.DateFields;
import org.shcportal.web.FormErrors;

/**
 * What an agent searches by: a name, a date of birth, a phone or email, a registry id, in any combination that
 * narrows the registry down. A name needs a date of birth or a contact with it, and a date of birth needs a family
 * name or a contact: neither alone tells a caller apart from thousands of others. Names are compared as the
 * resident sign-in compares them, so any text is accepted and reduced to its letters.
 */
public class PersonSearchForm {

    /** The registry's name columns hold 100 characters. */
    static final int MAX_NAME_LENGTH = 100;
    /** Registry ids are letters, digits and hyphens, at most 32 (person.registry_id). */
    private static final Pattern REGISTRY_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** What the agent typed, ready to search with. */
    public record Criteria(String givenName, String familyName, Optional<LocalDate> birthDate,
            Optional<ContactAddress> contact, Optional<String> registryId) {

        public boolean hasFamilyName() {
            return !familyName.isEmpty();
        }
    }

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

    @FormParam("registryId")
    public String registryId;

    /** Whether nothing at all was typed (the form before a search). */
    public boolean isEmpty() {
        return blank(givenName) && blank(familyName) && birthDate().isBlank() && blank(contact) && blank(registryId);
    }

    public DateFields birthDate() {
        return new DateFields(birthMonth, birthDay, birthYear);
    }

    /** The problems, in the order of the fields; empty when the search can run. */
    FormErrors validate(LocalDate today) {
        FormErrors errors = new FormErrors();
        if (isEmpty()) {
            errors.add("familyName", "Enter something to search by: a family name and date of birth, a phone number "
                    + "or email, or a registry id.");
            return errors;
        }
        checkName(errors, "givenName", givenName);
        checkName(errors, "familyName", familyName);
        checkBirthDate(errors, today);
        if (!blank(contact) && ContactAddress.parse(contact).isEmpty()) {
            errors.add("contact", "Enter a phone number with its area code, or an email address.");
        }
        if (!blank(registryId) && !REGISTRY_ID.matcher(registryId.strip()).matches()) {
            errors.add("registryId", "A registry id has letters, digits and hyphens only, for example NM-000123.");
        }
        checkNarrowEnough(errors);
        return errors;
    }

    /** The criteria of a valid form. */
    Criteria criteria() {
        return new Criteria(strip(givenName), strip(familyName), birthDate().toDate(),
                blank(contact) ? Optional.empty() : ContactAddress.parse(contact),
                blank(registryId) ? Optional.empty() : Optional.of(registryId.strip().toUpperCase(Locale.ROOT)));
    }

    private void checkNarrowEnough(FormErrors errors) {
        boolean byContactOrId = !blank(contact) || !blank(registryId);
        if (!blank(givenName) && blank(familyName)) {
            errors.add("familyName", "Enter the family name as well as the given name.");
        } else if (!byContactOrId && !blank(familyName) && birthDate().isBlank()) {
            errors.add("birthMonth", "A name needs a date of birth, or a phone number or email, to search by.");
        } else if (!byContactOrId && blank(familyName) && !birthDate().isBlank()) {
            errors.add("familyName", "A date of birth needs a family name, or a phone number or email, to search by.");
        }
    }

    private static void checkName(FormErrors errors, String field, String value) {
        if (!blank(value) && value.strip().length() > MAX_NAME_LENGTH) {
            errors.add(field, "Use " + MAX_NAME_LENGTH + " characters or fewer.");
        }
    }

    private void checkBirthDate(FormErrors errors, LocalDate today) {
        DateFields birth = birthDate();
        if (birth.isBlank()) {
            return;
        }
        Optional<LocalDate> date = birth.toDate();
        if (date.isEmpty()) {
            errors.add("birthMonth", "Enter a real date of birth: month, day and year, for example 1 20 1951.");
        } else if (date.get().isAfter(today) || date.get().isBefore(EARLIEST_BIRTH)) {
            errors.add("birthMonth", "Enter a date of birth between 1900 and today.");
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
