package org.shcportal.guardians;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;
import org.shcportal.web.RegistryCalendar;

/**
 * Whose records a signed-in resident may see: their own, and those of the minors linked to them as a guardian who
 * have not reached the age of majority. Anyone else's is "not found", exactly like an id that does not exist.
 */
@ApplicationScoped
public class PersonAccess {

    @Inject
    GuardianConfig config;

    @Inject
    RegistryCalendar calendar;

    /** The linked minors under the age of majority, oldest first. */
    @Transactional
    public List<Person> childrenOf(Person guardian) {
        return Person.listMinorsOf(guardian).stream().filter(this::isMinor).toList();
    }

    /** Whether a guardian sees this person's records: a linked minor under the age of majority. */
    @Transactional
    public boolean hasGuardian(Person person) {
        return isMinor(person) && !GuardianLink.listGuardiansOf(person).isEmpty();
    }

    /** The person with this id if {@code viewer} may see their records; otherwise a 404. */
    @Transactional
    public Person viewable(Person viewer, long personId) {
        if (viewer.id == personId) {
            return viewer;
        }
        return childrenOf(viewer).stream().filter(child -> child.id == personId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private boolean isMinor(Person person) {
        LocalDate bornAfter = calendar.today().minusYears(config.ageOfMajority());
        return person.birthDate.isAfter(bornAfter);
    }
}
