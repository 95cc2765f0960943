package org.shcportal.helpdesk;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shcportal.audit.StaffReason;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * The reason (required) and ticket (optional) an agent gives before a record is shown.
 *
 * @param reason the chosen {@link StaffReason} name, or null
 */
public record OpenForm(String reason, String ticket) {

    /** Ticket references such as "INC-20461", "#4411" or "CR/2025.07": letters, digits and - _ # . / only. */
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_#./-]*");

    /** A reason as the select lists it. */
    public record ReasonOption(String value, String label, boolean selected) {
    }

    public Optional<StaffReason> chosenReason() {
        return reason == null ? Optional.empty() : StaffReason.ofCode(reason, StaffReason.Use.OPENING);
    }

    /** The ticket as stored: trimmed, null when empty. */
    public String cleanTicket() {
        return ticket == null || ticket.isBlank() ? null : ticket.strip();
    }

    /** The problems, keyed by the ids of the fields in the person's row of the results. */
    FormErrors validate(long personId) {
        HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
        FormErrors errors = new FormErrors();
        if (chosenReason().isEmpty()) {
            errors.add(reasonField(personId), messages.search_error_reason());
        }
        String clean = cleanTicket();
        if (clean != null && (clean.length() > RecordAccess.TICKET_MAX_LENGTH || !TICKET.matcher(clean).matches())) {
            errors.add(ticketField(personId), messages.search_error_ticket(RecordAccess.TICKET_MAX_LENGTH));
        }
        return errors;
    }

    /** The id of the reason select in the person's row of the results. */
    static String reasonField(long personId) {
        return "reason-" + personId;
    }

    static String ticketField(long personId) {
        return "ticket-" + personId;
    }

    /** Every reason for opening a record, none selected unless {@code selected} names one. */
    public static List<ReasonOption> reasons(Optional<StaffReason> selected) {
        return reasons(StaffReason.Use.OPENING, selected);
    }

    /** Every reason a form for {@code use} offers, none selected unless {@code selected} names one. */
    public static List<ReasonOption> reasons(StaffReason.Use use, Optional<StaffReason> selected) {
        return StaffReason.forUse(use).stream()
                .map(reason -> new ReasonOption(reason.name(), reason.label(), selected.filter(reason::equals)
                        .isPresent()))
                .toList();
    }
}
