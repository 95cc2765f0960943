package org.shcportal.helpdesk;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.shcportal.audit.StaffReason;
import org.shcportal.corrections.CorrectionLabels;
import org.shcportal.corrections.CorrectionNote;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffAccount;
import org.shcportal.web.FormErrors;

/**
 * The help desk's correction pages as plain values: the queue names people by initials only (whose description it
 * is appears once a request is opened, and that reading is audited); a request shows the resident's words, the
 * person, notes and what can be done next.
 */
final class CorrectionQueuePageBuilder {

    private static final Map<String, String> NOTICES = Map.of(
            "note-added", "Your note was added.",
            "assigned", "The request was assigned.",
            "in-progress", "The request is now being reviewed. The resident sees this status.",
            "closed", "The request was closed. The resident sees the outcome on their records page.");

    private final CorrectionLabels labels = new CorrectionLabels(Locale.ENGLISH);
    private final ZoneId zone;

    CorrectionQueuePageBuilder(ZoneId zone) {
        this.zone = zone;
    }

    /** A line of the queue. */
    record Row(long id, String received, String kind, String status, String statusSlug, String assignedTo,
            String initials) {
    }

    /** The queue with its filter as chosen. */
    record Queue(List<Row> rows, String status, boolean mine, boolean truncated) {
    }

    /** A note as the request page shows it. */
    record Note(String by, String at, String text) {
    }

    /** A staff member a request can be assigned to. */
    record Assignee(String username, String label, boolean current) {
    }

    /** One request, with everything needed to work it. */
    record Case(long id, String received, String kind, String status, String statusSlug, boolean closed,
            String description, String doseDate, String outcome, String assignedTo, long personId,
            String personName, String birthDate, String registryId, String requestedBy, List<Note> notes,
            List<Assignee> assignees, List<OpenForm.ReasonOption> reasons, String ticket, String notice,
            FormErrors errors, String noteText, String outcomeText) {
    }

    Row row(CorrectionRequest request) {
        return new Row(request.id, StaffDates.dateTime(request.createdAt, zone), labels.kind(request.kind),
                labels.status(request.status), slug(request.status), request.assignedTo, Initials.of(request.person));
    }

    Case request(CorrectionRequest request, List<CorrectionNote> notes, List<StaffAccount> assignees, String done,
            FormErrors errors, String noteText, String outcomeText) {
        Person person = request.person;
        Person requester = request.requestedBy;
        String requestedBy = requester.id.equals(person.id) ? "The person themselves"
                : requester.fullName() + " (parent or guardian)";
        return new Case(request.id, StaffDates.dateTime(request.createdAt, zone), labels.kind(request.kind),
                labels.status(request.status), slug(request.status), request.status == CorrectionRequest.Status.CLOSED,
                request.description, request.doseDate == null ? null : StaffDates.date(request.doseDate),
                request.outcome, request.assignedTo, person.id, person.fullName(),
                StaffDates.date(person.birthDate), person.registryId, requestedBy,
                notes.stream().map(note -> new Note(note.staffUsername, StaffDates.dateTime(note.createdAt, zone),
                        note.text)).toList(),
                assignees.stream().map(account -> new Assignee(account.username,
                        account.username + " (" + account.role.label() + ")",
                        account.username.equals(request.assignedTo))).toList(),
                OpenForm.reasons(Optional.of(StaffReason.CORRECTION_REQUEST)), CorrectionCases.ticketOf(request.id),
                done == null ? null : NOTICES.get(done), errors,
                noteText == null ? "" : noteText, outcomeText == null ? "" : outcomeText);
    }

    private static String slug(CorrectionRequest.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
