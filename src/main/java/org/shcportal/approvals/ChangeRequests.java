package org.shcportal.approvals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.guardians.GuardianConfig;
import org.shcportal.helpdesk.OpenedRecord;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;
import org.shcportal.signin.ContactAddress;
import org.shcportal.web.FormErrors;
import org.shcportal.web.RegistryCalendar;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * Checks and stores change requests. What a supervisor would refuse anyway is refused here, with the reason, and
 * nothing is stored: a contact already on file, a guardian link that exists, a person who is not a minor, the same
 * request already waiting.
 */
@ApplicationScoped
public class ChangeRequests {

    @Inject
    GuardianConfig guardians;

    @Inject
    RegistryCalendar calendar;

    @Inject
    Clock clock;

    /** A change ready to store. */
    record Proposed(ChangeKind kind, String value, GuardianLink.Relationship relationship) {
    }

    /** Whether the person is under the age of majority, so that a parent or guardian can be linked. */
    public boolean isMinor(Person person) {
        LocalDate bornAfter = calendar.today().minusYears(guardians.ageOfMajority());
        return person.birthDate.isAfter(bornAfter);
    }

    /** The change the form asks for, or empty with {@code errors} filled in. */
    Optional<Proposed> check(Person person, ChangeForm.Page page, ChangeForm form, FormErrors errors) {
        ApprovalMessages messages = messages();
        String note = form.cleanNote();
        if (note.isEmpty()) {
            errors.add("note", messages.changes_error_note_missing());
        } else if (note.length() > ChangeRequest.NOTE_MAX_LENGTH) {
            errors.add("note", messages.changes_error_note_too_long(ChangeRequest.NOTE_MAX_LENGTH));
        }
        Optional<Proposed> proposed = switch (page) {
            case CONTACT -> contact(person, form.contact(), errors);
            case GUARDIAN_LINK -> guardianLink(person, form.guardian(), form.relationship(), errors);
            case REVOKE_CARDS -> revocation(form, errors);
        };
        if (proposed.isPresent() && ChangeRequest.isPending(person, proposed.get().kind(), proposed.get().value())) {
            errors.add(page == ChangeForm.Page.GUARDIAN_LINK ? "guardian"
                    : page == ChangeForm.Page.CONTACT ? "contact"
                            : "note",
                    messages.changes_error_already_pending());
        }
        return errors.isEmpty() ? proposed : Optional.empty();
    }

    /**
     * Stores the request with the ticket the record was opened with, and its reason: the one chosen for a revocation,
     * else the one the record was opened with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    ChangeRequest store(Person person, Proposed proposed, ChangeForm form, OpenedRecord opened, String requestedBy) {
        ChangeRequest request = new ChangeRequest();
        request.person = person;
        request.kind = proposed.kind();
        request.value = proposed.value();
        request.relationship = proposed.relationship();
        request.note = form.cleanNote();
        request.reason = form.revocationReason().filter(chosen -> proposed.kind() == ChangeKind.REVOKE_CARDS)
                .orElse(opened.reason);
        request.ticket = opened.ticket;
        request.requestedBy = requestedBy;
        request.requestedAt = clock.instant();
        request.status = ChangeRequest.Status.PENDING;
        request.persist();
        return request;
    }

    /** Whether the phone or email is on the person's record now (not only in the past). */
    static boolean isOnFile(Person person, ContactAddress address) {
        return Contact.listHistoryOf(person).stream().anyMatch(contact -> contact.removedOn == null
                && contact.kind == address.kind() && contact.value.equals(address.value()));
    }

    private static Optional<Proposed> revocation(ChangeForm form, FormErrors errors) {
        if (form.revocationReason().isEmpty()) {
            errors.add("why", messages().changes_error_why());
            return Optional.empty();
        }
        return Optional.of(new Proposed(ChangeKind.REVOKE_CARDS, null, null));
    }

    private static Optional<Proposed> contact(Person person, String typed, FormErrors errors) {
        Optional<ContactAddress> address = ContactAddress.parse(typed);
        if (address.isEmpty()) {
            errors.add("contact", messages().changes_error_contact());
            return Optional.empty();
        }
        if (isOnFile(person, address.get())) {
            errors.add("contact", address.get().kind() == Contact.Kind.PHONE
                    ? messages().changes_error_phone_on_file()
                    : messages().changes_error_email_on_file());
            return Optional.empty();
        }
        ChangeKind kind = address.get().kind() == Contact.Kind.PHONE ? ChangeKind.ADD_PHONE : ChangeKind.ADD_EMAIL;
        return Optional.of(new Proposed(kind, address.get().value(), null));
    }

    private Optional<Proposed> guardianLink(Person minor, String registryId, String relationship, FormErrors errors) {
        ApprovalMessages messages = messages();
        Optional<GuardianLink.Relationship> chosen = relationship(relationship);
        if (chosen.isEmpty()) {
            errors.add("relationship", messages.changes_error_relationship());
        }
        String id = registryId == null ? "" : registryId.strip().toUpperCase(Locale.ROOT);
        Optional<Person> guardian = id.isEmpty() || id.length() > 32 ? Optional.empty() : Person.findByRegistryId(id);
        if (guardian.isEmpty()) {
            errors.add("guardian", messages.changes_error_guardian_unknown());
        } else if (guardian.get().id.equals(minor.id)) {
            errors.add("guardian", messages.changes_error_guardian_self());
        } else if (GuardianLink.count("guardian = ?1 and minor = ?2", guardian.get(), minor) > 0) {
            errors.add("guardian", messages.changes_error_guardian_linked());
        }
        if (!isMinor(minor)) {
            errors.add("guardian", messages.changes_error_not_a_minor());
        }
        return errors.isEmpty() && chosen.isPresent()
                ? Optional.of(new Proposed(ChangeKind.ADD_GUARDIAN_LINK, guardian.orElseThrow().registryId, chosen.get()))
                : Optional.empty();
    }

    private static ApprovalMessages messages() {
        return MessageBundles.get(ApprovalMessages.class);
    }

    private static Optional<GuardianLink.Relationship> relationship(String name) {
        for (GuardianLink.Relationship relationship : GuardianLink.Relationship.values()) {
            if (relationship.name().equals(name)) {
                return Optional.of(relationship);
            }
        }
        return Optional.empty();
    }
}
