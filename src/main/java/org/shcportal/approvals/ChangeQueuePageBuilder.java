package org.shcportal.approvals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.shcportal.helpdesk.RelationshipLabels;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Masking;
import org.shcportal.registry.Person;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.MessageBundles;

/** Builds the queue of changes awaiting approval, as the signed-in staff member sees it. */
final class ChangeQueuePageBuilder {

    private final ApprovalMessages messages = MessageBundles.get(ApprovalMessages.class);
    private final ConsoleTimes times;

    ChangeQueuePageBuilder(ConsoleTimes times) {
        this.times = times;
    }

    /** The queue with the confirmation of a decision ({@code done} "approved" or "denied"), if any. */
    ChangeQueuePage page(StaffAccount account, String done) {
        String notice = "approved".equals(done) ? messages.changes_notice_approved()
                : "denied".equals(done) ? messages.changes_notice_denied() : null;
        return page(account, notice, new FormErrors());
    }

    /** The queue after a decision on request {@code requestId} was refused, saying why at the request. */
    ChangeQueuePage refused(StaffAccount account, long requestId, ChangeDecisions.Refusal refusal) {
        FormErrors errors = new FormErrors();
        boolean aboutNote = refusal == ChangeDecisions.Refusal.NOTE_NEEDED
                || refusal == ChangeDecisions.Refusal.NOTE_TOO_LONG;
        errors.add((aboutNote ? "approve-note-" : "request-") + requestId, refusal.message());
        return page(account, null, errors);
    }

    private ChangeQueuePage page(StaffAccount account, String notice, FormErrors errors) {
        List<ChangeQueuePage.Item> items = ChangeRequest.listPending().stream()
                .map(request -> item(request, account)).toList();
        return new ChangeQueuePage(items, account.may(StaffPermission.APPROVE_CHANGE), notice, errors);
    }

    private ChangeQueuePage.Item item(ChangeRequest request, StaffAccount account) {
        Person person = request.person;
        return new ChangeQueuePage.Item(request.id, times.format(request.requestedAt), request.requestedBy,
                kind(request.kind), person.registryId + " · " + Initials.of(person), change(request), request.note,
                request.reason.label(), request.ticket, request.requestedBy.equals(account.username));
    }

    private String kind(ChangeKind kind) {
        return switch (kind) {
            case ADD_PHONE -> messages.changes_kind_add_phone();
            case ADD_EMAIL -> messages.changes_kind_add_email();
            case ADD_GUARDIAN_LINK -> messages.changes_kind_add_guardian_link();
            case REVOKE_CARDS -> messages.changes_kind_revoke_cards();
        };
    }

    /** The change as a supervisor needs to see it: contacts partly hidden, a guardian by registry id and initials. */
    private String change(ChangeRequest request) {
        return switch (request.kind) {
            case ADD_PHONE -> Masking.phone(request.value);
            case ADD_EMAIL -> Masking.email(request.value);
            case ADD_GUARDIAN_LINK -> {
                Optional<Person> guardian = Person.findByRegistryId(request.value);
                yield messages.changes_queue_guardian(request.value, guardian.map(Initials::of).orElse(""),
                        RelationshipLabels.of(request.relationship).toLowerCase(Locale.ENGLISH));
            }
            case REVOKE_CARDS -> messages.changes_queue_every_card();
        };
    }
}
