package org.shcportal.helpdesk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffAccount;

/**
 * The audit search's filters as typed (query string), checked: who acted (staff username), whose record (registry
 * id), what (action), when (dates in the registry's time zone, both days included), staff actions only. A filter
 * that cannot match anything gets a message instead of an empty result.
 */
public final class AuditFilter {

    /** What the form sent, for showing it again as typed. */
    public record Input(String staff, String subject, String action, String from, String to, boolean staffOnly) {
    }

    private final Input input;
    private final List<String> errors = new ArrayList<>();
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
        if (present(input.staff())) {
            staff = input.staff().strip().toLowerCase(Locale.ROOT);
            if (StaffAccount.findByUsername(staff).isEmpty()) {
                errors.add("No staff account is named " + input.staff().strip() + ".");
            }
        }
        if (present(input.subject())) {
            subject = Person.findByRegistryId(input.subject().strip().toUpperCase(Locale.ROOT)).orElse(null);
            if (subject == null) {
                errors.add("No person has the registry id " + input.subject().strip() + ".");
            }
        }
        if (present(input.action())) {
            action = parseAction(input.action().strip());
            if (action == null) {
                errors.add("Choose an action from the list.");
            }
        }
        from = date(input.from(), "from");
        to = date(input.to(), "to");
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("The “from” date is after the “to” date.");
        }
    }

    public Input input() {
        return input;
    }

    public List<String> errors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The person whose record the search is limited to, if any. */
    public Optional<Person> subject() {
        return Optional.ofNullable(subject);
    }

    /**
     * The filters as a query condition with named parameters (values are never written into the query), newest
     * first; each filter uses an index of audit_event.
     */
    public Query query(ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (staff != null) {
            conditions.add("actorStaff = :staff");
            parameters.put("staff", staff);
        }
        if (subject != null) {
            conditions.add("subjectPersonId = :subject");
            parameters.put("subject", subject.id);
        }
        if (action != null) {
            conditions.add("action = :action");
            parameters.put("action", action);
        }
        if (from != null) {
            conditions.add("occurredAt >= :from");
            parameters.put("from", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            conditions.add("occurredAt < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (input.staffOnly()) {
            conditions.add("actorKind = :kind");
            parameters.put("kind", AuditEvent.ActorKind.STAFF);
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return new Query(where + "order by occurredAt desc, id desc", parameters);
    }

    /** A Panache query and its parameters. */
    public record Query(String text, Map<String, Object> parameters) {
    }

    private LocalDate date(String text, String which) {
        if (!present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("Enter the “" + which + "” date as year-month-day, for example 2026-03-09.");
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
