package org.shcportal.approvals;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.audit.StaffReason;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;
import org.shcportal.revocation.CardReplacement;
import org.shcportal.signin.ContactAddress;
import org.shcportal.web.RegistryCalendar;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * A supervisor's decision on a change request. The request is locked while it is decided, so two
 * supervisors cannot both decide it; the requester cannot decide their own (and the database refuses it too); an
 * approved change is made in the same transaction as the decision and its audit.
 * <p>
 * The supervisor does not open the person's record first: the request carries the reason and ticket it was asked
 * with, and the decision is audited with the reason {@link StaffReason#SUPERVISOR_REVIEW} and that ticket; an approved
 * revocation is audited with the reason it was asked for.
 */
@ApplicationScoped
public class ChangeDecisions {

    @Inject
    AuditLog audit;

    @Inject
    CardReplacement replacement;

    @Inject
    ChangeRequests requests;

    @Inject
    RegistryCalendar calendar;

    @Inject
    Clock clock;

    /** Why a decision was not taken; the text is shown to the supervisor. */
    public enum Refusal {
        OWN_REQUEST(ApprovalMessages::changes_refusal_own_request),
        ALREADY_DECIDED(ApprovalMessages::changes_refusal_already_decided),
        NOTE_NEEDED(ApprovalMessages::changes_refusal_note_needed),
        NOTE_TOO_LONG(messages -> messages.changes_error_note_too_long(ChangeRequest.NOTE_MAX_LENGTH)),
        GUARDIAN_GONE(ApprovalMessages::changes_refusal_guardian_gone),
        NOT_A_MINOR(ApprovalMessages::changes_refusal_not_a_minor);

        private final Function<ApprovalMessages, String> message;

        Refusal(Function<ApprovalMessages, String> message) {
            this.message = message;
        }

        public String message() {
            return message.apply(MessageBundles.get(ApprovalMessages.class));
        }
    }

    /**
     * Approves ({@code approve}) or denies the request as {@code supervisor}, or says why not and changes nothing.
     *
     * @throws NotFoundException when there is no such request
     */
    @Transactional
    public Optional<Refusal> decide(long requestId, boolean approve, String note, Actor supervisor) {
        ChangeRequest request = ChangeRequest.findForDecision(requestId).orElseThrow(NotFoundException::new);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Optional<Refusal> refusal = refusal(request, approve, cleanNote, supervisor);
        if (refusal.isEmpty() && approve) {
            refusal = apply(request, supervisor);
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        request.status = approve ? ChangeRequest.Status.APPROVED : ChangeRequest.Status.DENIED;
        request.decidedBy = supervisor.staff();
        request.decidedAt = clock.instant();
        request.decisionNote = cleanNote;
        audit.record(approve ? AuditAction.STAFF_CHANGE_APPROVED : AuditAction.STAFF_CHANGE_DENIED, supervisor,
                request.person.id, StaffReason.SUPERVISOR_REVIEW.name(), request.ticket);
        return Optional.empty();
    }

    private static Optional<Refusal> refusal(ChangeRequest request, boolean approve, String note, Actor supervisor) {
        if (request.status != ChangeRequest.Status.PENDING) {
            return Optional.of(Refusal.ALREADY_DECIDED);
        }
        if (request.requestedBy.equals(supervisor.staff())) {
            return Optional.of(Refusal.OWN_REQUEST);
        }
        if (!approve && note == null) {
            return Optional.of(Refusal.NOTE_NEEDED);
        }
        if (note != null && note.length() > ChangeRequest.NOTE_MAX_LENGTH) {
            return Optional.of(Refusal.NOTE_TOO_LONG);
        }
        return Optional.empty();
    }

    /** Makes the approved change; what already exists is not added twice. */
    private Optional<Refusal> apply(ChangeRequest request, Actor supervisor) {
        Person person = request.person;
        switch (request.kind) {
            case ADD_PHONE, ADD_EMAIL -> addContact(person, request);
            case ADD_GUARDIAN_LINK -> {
                return addGuardianLink(person, request);
            }
            case REVOKE_CARDS -> replacement.replace(person, supervisor, request.reason.name(), request.ticket,
                    request.note, request.id);
        }
        return Optional.empty();
    }

    private void addContact(Person person, ChangeRequest request) {
        Contact.Kind kind = request.kind == ChangeKind.ADD_PHONE ? Contact.Kind.PHONE : Contact.Kind.EMAIL;
        if (ChangeRequests.isOnFile(person, new ContactAddress(kind, request.value))) {
            return;
        }
        Contact contact = new Contact();
        contact.person = person;
        contact.kind = kind;
        contact.value = request.value;
        contact.addedOn = calendar.today();
        contact.persist();
    }

    private Optional<Refusal> addGuardianLink(Person minor, ChangeRequest request) {
        Optional<Person> guardian = Person.findByRegistryId(request.value);
        if (guardian.isEmpty()) {
            return Optional.of(Refusal.GUARDIAN_GONE);
        }
        if (!requests.isMinor(minor)) {
            return Optional.of(Refusal.NOT_A_MINOR);
        }
        if (GuardianLink.count("guardian = ?1 and minor = ?2", guardian.get(), minor) == 0) {
            GuardianLink link = new GuardianLink();
            link.guardian = guardian.get();
            link.minor = minor;
            link.relationship = request.relationship;
            link.source = GuardianLink.Source.HELP_DESK;
            link.persist();
        }
        return Optional.empty();
    }
}
