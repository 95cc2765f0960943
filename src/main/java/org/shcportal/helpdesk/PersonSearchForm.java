package org.shcportal.helpdesk;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.FormParam;

import org.shcportal.signin.ContactAddress;
import org.shcportal.web.DateFields;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.MessageBundles;

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
        HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
        FormErrors errors = new FormErrors();
        if (isEmpty()) {
            errors.add("familyName", messages.search_error_nothing());
            return errors;
        }
        checkName(errors, messages, "givenName", givenName);
        checkName(errors, messages, "familyName", familyName);
        checkBirthDate(errors, messages, today);
        if (!blank(contact) && ContactAddress.parse(contact).isEmpty()) {
            errors.add("contact", messages.search_error_contact());
        }
        if (!blank(registryId) && !REGISTRY_ID.matcher(registryId.strip()).matches()) {
            errors.add("registryId", messages.search_error_registry_id());
        }
        checkNarrowEnough(errors, messages);
        return errors;
    }

    /** The criteria of a valid form. */
    Criteria criteria() {
        return new Criteria(strip(givenName), strip(familyName), birthDate().toDate(),
                blank(contact) ? Optional.empty() : ContactAddress.parse(contact),
                blank(registryId) ? Optional.empty() : Optional.of(registryId.strip().toUpperCase(Locale.ROOT)));
    }

    private void checkNarrowEnough(FormErrors errors, HelpdeskMessages messages) {
        boolean byContactOrId = !blank(contact) || !blank(registryId);
        if (!blank(givenName) && blank(familyName)) {
            errors.add("familyName", messages.search_error_family_missing());
        } else if (!byContactOrId && !blank(familyName) && birthDate().isBlank()) {
            errors.add("birthMonth", messages.search_error_name_alone());
        } else if (!byContactOrId && blank(familyName) && !birthDate().isBlank()) {
            errors.add("familyName", messages.search_error_birth_alone());
        }
    }

    private static void checkName(FormErrors errors, HelpdeskMessages messages, String field, String value) {
        if (!blank(value) && value.strip().length() > MAX_NAME_LENGTH) {
            errors.add(field, messages.search_error_name_long(MAX_NAME_LENGTH));
        }
    }

    private void checkBirthDate(FormErrors errors, HelpdeskMessages messages, LocalDate today) {
        DateFields birth = birthDate();
        if (birth.isBlank()) {
            return;
        }
        Optional<LocalDate> date = birth.toDate();
        if (date.isEmpty()) {
            errors.add("birthMonth", messages.search_error_birth_invalid());
        } else if (date.get().isAfter(today) || date.get().isBefore(EARLIEST_BIRTH)) {
            errors.add("birthMonth", messages.search_error_birth_range());
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
