package org.shcportal.helpdesk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.shcportal.registry.Contact;
import org.shcportal.registry.Masking;
import org.shcportal.registry.Person;
import org.shcportal.signin.ContactAddress;
import org.shcportal.signin.PersonMatcher;
import org.shcportal.staff.ConsoleTimes;

/**
 * Finds the people who match an agent's search (as tolerant as the resident sign-in). Candidates come from an
 * indexed lookup — registry id, then phone or email (current or past, as the sign-in accepts), then date of birth —
 * and every other criterion given must hold too; names are compared with {@link PersonMatcher#hasName}.
 */
@ApplicationScoped
public class PeopleSearch {

    /** More than this many matches shows none: the agent narrows the search instead of browsing the registry. */
    static final int MAX_RESULTS = 25;

    /** One person as the results list shows them: only what is needed to choose. */
    public record Found(long personId, String name, String birthDate, String birthDateIso, List<String> contacts) {
    }

    /** The people found, or none and {@code tooMany} when more than {@link #MAX_RESULTS} match. */
    public record Results(List<Found> people, boolean tooMany) {
    }

    @Transactional
    public Results search(PersonSearchForm.Criteria criteria) {
        List<Person> matches = candidates(criteria).stream().filter(person -> matches(person, criteria))
                .sorted(Comparator.comparing((Person person) -> person.familyName)
                        .thenComparing(person -> person.givenName).thenComparing(person -> person.birthDate))
                .toList();
        if (matches.size() > MAX_RESULTS) {
            return new Results(List.of(), true);
        }
        return new Results(matches.stream().map(PeopleSearch::found).toList(), false);
    }

    private static List<Person> candidates(PersonSearchForm.Criteria criteria) {
        if (criteria.registryId().isPresent()) {
            // A merged record's id names the record it was merged into.
            return Person.findCurrentByRegistryId(criteria.registryId().get()).stream().toList();
        }
        if (criteria.contact().isPresent()) {
            ContactAddress contact = criteria.contact().get();
            return Contact.listPersonsWhoHad(contact.kind(), contact.value()).stream()
                    .filter(person -> person.mergedInto == null).toList();
        }
        return Person.listOpenBornOn(criteria.birthDate().orElseThrow());
    }

    private static boolean matches(Person person, PersonSearchForm.Criteria criteria) {
        Optional<LocalDate> birthDate = criteria.birthDate();
        if (birthDate.isPresent() && !birthDate.get().equals(person.birthDate)) {
            return false;
        }
        if (criteria.contact().isPresent() && !hadContact(person, criteria.contact().get())) {
            return false;
        }
        return !criteria.hasFamilyName() || PersonMatcher.hasName(person, criteria.givenName(), criteria.familyName());
    }

    private static boolean hadContact(Person person, ContactAddress contact) {
        return Contact.listHistoryOf(person).stream()
                .anyMatch(known -> known.kind == contact.kind() && known.value.equals(contact.value()));
    }

    private static Found found(Person person) {
        return new Found(person.id, person.fullName(), ConsoleTimes.date(person.birthDate),
                person.birthDate.toString(), currentContacts(person).stream().map(Masking::contact).toList());
    }

    /** The phone or email on file now whose row id is {@code contactId} (a form's opaque value). */
    static Optional<Contact> currentContact(Person person, String contactId) {
        if (contactId == null || !contactId.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(contactId.strip());
        return currentContacts(person).stream().filter(contact -> contact.id == id).findFirst();
    }

    /** The phones and emails on file now, newest first. */
    static List<Contact> currentContacts(Person person) {
        return Contact.listHistoryOf(person).stream().filter(contact -> contact.removedOn == null).toList();
    }
}
