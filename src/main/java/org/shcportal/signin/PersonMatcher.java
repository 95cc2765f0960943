package org.shcportal.signin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Finds the registry person a resident says they are: same date of birth, the same first given
 * name and family name — current, previous or alias, ignoring case, accents, spaces and hyphens, or one part of
 * a double family name — and the contact in the person's history. Several persons → the caller asks for one more
 * fact; it never picks the first.
 */
@ApplicationScoped
public class PersonMatcher {

    /** What the resident typed. */
    public record Claim(String givenName, String familyName, LocalDate birthDate, ContactAddress contact) {
    }

    /** Exactly one person, nobody, or several who need one more fact to tell apart. */
    public sealed interface Match {
        record One(long personId) implements Match {
        }

        record None() implements Match {
        }

        record Several(List<Long> personIds) implements Match {
        }
    }

    @Inject
    MeterRegistry meters;

    /** Times each match as {@code portal_sign_in_match_seconds} at /q/metrics: the sign-in's search of the registry. */
    @Transactional
    public Match match(Claim claim) {
        return Timer.builder("portal.sign-in.match").description("Finding the person a sign-in form describes")
                .register(meters).record(() -> find(claim));
    }

    private Match find(Claim claim) {
        List<Long> matches = new ArrayList<>();
        ContactAddress contact = claim.contact();
        for (Person person : Person.listOpenBornOnWhoHad(claim.birthDate(), contact.kind(), contact.value())) {
            if (namesMatch(person, claim)) {
                matches.add(person.id);
            }
        }
        return of(matches);
    }

    /** Keeps the persons who received a dose on {@code doseDate}; one left is a match, none or several is not. */
    @Transactional
    public Match narrowByDoseDate(List<Long> personIds, LocalDate doseDate) {
        List<Long> left = personIds.stream()
                .filter(id -> Immunization.listCompletedForPerson(Person.findById(id)).stream()
                        .anyMatch(dose -> dose.occurrenceDate.equals(doseDate)))
                .toList();
        return left.size() == 1 ? new Match.One(left.get(0)) : new Match.None();
    }

    private static Match of(List<Long> matches) {
        return switch (matches.size()) {
            case 0 -> new Match.None();
            case 1 -> new Match.One(matches.get(0));
            default -> new Match.Several(List.copyOf(matches));
        };
    }

    private static boolean namesMatch(Person person, Claim claim) {
        return !NameKey.firstGiven(claim.givenName()).isEmpty()
                && hasName(person, claim.givenName(), claim.familyName());
    }

    /**
     * Whether one of the person's names (current, previous or alias) matches a family name, and a given name when
     * one is typed, the way the sign-in compares them. The help desk's search narrows its candidates with it.
     */
    public static boolean hasName(Person person, String givenName, String familyName) {
        String given = NameKey.firstGiven(givenName);
        String family = NameKey.of(familyName);
        if (family.isEmpty()) {
            return false;
        }
        if (sameName(person.givenName, person.familyName, given, family)) {
            return true;
        }
        return PersonName.listOtherNamesOf(person).stream()
                .anyMatch(other -> sameName(other.givenName, other.familyName, given, family));
    }

    /** An empty {@code given} key matches any given name. */
    private static boolean sameName(String registryGiven, String registryFamily, String given, String family) {
        if (!given.isEmpty() && !NameKey.firstGiven(registryGiven).equals(given)) {
            return false;
        }
        if (NameKey.of(registryFamily).equals(family)) {
            return true;
        }
        for (String part : registryFamily.split("[\\s-]+")) {
            if (NameKey.of(part).equals(family)) {
                return true;
            }
        }
        return false;
    }
}
