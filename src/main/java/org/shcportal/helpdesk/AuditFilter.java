package org.shcportal.helpdesk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.shcportal.audit.AuditAction;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffAccount;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * The audit search's filters as typed (query string), checked: who acted (staff username), whose record (registry
 * id), what (action), when (dates in the registry's time zone, both days included), staff actions only. A filter
 * that cannot match anything gets a message at its field instead of an empty result; {@link AuditSearch} runs a
 * valid one.
 */
public final class AuditFilter {

    /** What the form sent, for showing it again as typed. */
    public record Input(String staff, String subject, String action, String from, String to, boolean staffOnly) {
    }

    private final Input input;
    private final FormErrors errors = new FormErrors();
    private String staff;
    private Person subject;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    private AuditFilter(Input input) {
        this.input = input;
    }

    /** Checks the input; {@link #errors()} says what is wrong. */
    public static AuditFilter of(Input input) {
        AuditFilter filter = new AuditFilter(input);
        filter.check();
        return filter;
    }

    private void check() {
        HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
        if (present(input.staff())) {
            staff = input.staff().strip().toLowerCase(Locale.ROOT);
            if (StaffAccount.findByUsername(staff).isEmpty()) {
                errors.add("staff", messages.audit_error_staff(input.staff().strip()));
            }
        }
        if (present(input.subject())) {
            subject = Person.findByRegistryId(input.subject().strip().toUpperCase(Locale.ROOT)).orElse(null);
            if (subject == null) {
                errors.add("subject", messages.audit_error_subject(input.subject().strip()));
            }
        }
        if (present(input.action())) {
            action = parseAction(input.action().strip());
            if (action == null) {
                errors.add("action", messages.audit_error_action());
            }
        }
        from = date("from", input.from(), messages.audit_error_from());
        to = date("to", input.to(), messages.audit_error_to());
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("from", messages.audit_error_order());
        }
    }

    public Input input() {
        return input;
    }

    public FormErrors errors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The person whose record the search is limited to, if any. */
    public Optional<Person> subject() {
        return Optional.ofNullable(subject);
    }

    /** The username the search is limited to, lower case, or null. */
    String staff() {
        return staff;
    }

    /** The action the search is limited to, or null. */
    AuditAction action() {
        return action;
    }

    /** The first day searched, or null. */
    LocalDate from() {
        return from;
    }

    /** The last day searched, or null. */
    LocalDate to() {
        return to;
    }

    private LocalDate date(String field, String text, String invalid) {
        if (!present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, invalid);
            return null;
        }
    }

    private static AuditAction parseAction(String name) {
        for (AuditAction candidate : AuditAction.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
