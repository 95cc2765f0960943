package org.shcportal.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.shcportal.audit.StaffReason;
import org.shcportal.corrections.CorrectionLabels;
import org.shcportal.corrections.CorrectionNote;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.StaffAccount;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.MessageBundles;

/** Builds the help desk's correction pages: the queue, and one request with its notes. */
final class CorrectionQueuePageBuilder {

    /** The notices for the codes the request's actions send back with ({@code ?done=}). */
    private static final Map<String, Function<HelpdeskMessages, String>> NOTICES = Map.of(
            "note-added", HelpdeskMessages::corrections_notice_note_added,
            "assigned", HelpdeskMessages::corrections_notice_assigned,
            "in-progress", HelpdeskMessages::corrections_notice_in_progress,
            "closed", HelpdeskMessages::corrections_notice_closed);

    private final HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
    private final CorrectionLabels labels = new CorrectionLabels(Locale.ENGLISH);
    private final ConsoleTimes times;

    CorrectionQueuePageBuilder(ConsoleTimes times) {
        this.times = times;
    }

    /**
     * The requests in {@code status} (all when empty), only those assigned to {@code assignedTo} unless it is null:
     * those still to do first, oldest first, then closed ones, newest first.
     */
    CorrectionQueuePage queue(Optional<CorrectionRequest.Status> status, String assignedTo) {
        List<CorrectionRequest> requests = new ArrayList<>();
        for (CorrectionRequest.Status each : status.map(List::of).orElse(List.of(CorrectionRequest.Status.values()))) {
            requests.addAll(CorrectionRequest.listInStatus(each, assignedTo, CorrectionQueuePage.MAX_ROWS + 1));
        }
        requests.sort(CorrectionQueuePageBuilder::queueOrder);
        return new CorrectionQueuePage(requests.stream().limit(CorrectionQueuePage.MAX_ROWS).map(this::row).toList(),
                status.map(Enum::name).orElse(""), assignedTo != null,
                requests.size() > CorrectionQueuePage.MAX_ROWS, CorrectionQueuePage.MAX_ROWS);
    }

    CorrectionCasePage request(CorrectionRequest request, List<CorrectionNote> notes, List<StaffAccount> assignees,
            String done, FormErrors errors, String noteText, String outcomeText) {
        Person person = request.person;
        Person requester = request.requestedBy;
        String requestedBy = requester.id.equals(person.id) ? messages.corrections_request_by_self()
                : messages.corrections_request_by_guardian(requester.fullName());
        Function<HelpdeskMessages, String> notice = done == null ? null : NOTICES.get(done);
        return new CorrectionCasePage(request.id, times.format(request.createdAt), labels.kind(request.kind),
                labels.status(request.status), slug(request.status), request.status == CorrectionRequest.Status.CLOSED,
                request.description, request.doseDate == null ? null : ConsoleTimes.date(request.doseDate),
                request.outcome, request.assignedTo, person.id, person.fullName(),
                ConsoleTimes.date(person.birthDate), person.registryId, requestedBy,
                notes.stream().map(note -> new CorrectionCasePage.Note(note.staffUsername,
                        times.format(note.createdAt), note.text)).toList(),
                assignees.stream().map(account -> new CorrectionCasePage.Assignee(account.username,
                        messages.common_staff_with_role(account.username, account.role.label()),
                        account.username.equals(request.assignedTo))).toList(),
                OpenForm.reasons(Optional.of(StaffReason.CORRECTION_REQUEST)), CorrectionCases.ticketOf(request.id),
                notice == null ? null : notice.apply(messages), errors,
                noteText == null ? "" : noteText, outcomeText == null ? "" : outcomeText);
    }

    private CorrectionQueuePage.Row row(CorrectionRequest request) {
        return new CorrectionQueuePage.Row(request.id, times.format(request.createdAt), labels.kind(request.kind),
                labels.status(request.status), slug(request.status), request.assignedTo, Initials.of(request.person));
    }

    /** Requests still to do before closed ones; among those still to do the oldest first, closed ones newest first. */
    private static int queueOrder(CorrectionRequest a, CorrectionRequest b) {
        boolean aClosed = a.status == CorrectionRequest.Status.CLOSED;
        boolean bClosed = b.status == CorrectionRequest.Status.CLOSED;
        if (aClosed != bClosed) {
            return aClosed ? 1 : -1;
        }
        return aClosed ? b.updatedAt.compareTo(a.updatedAt) : a.createdAt.compareTo(b.createdAt);
    }

    private static String slug(CorrectionRequest.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
