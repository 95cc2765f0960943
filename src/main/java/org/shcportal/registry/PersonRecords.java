package org.shcportal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.shcportal.cards.CardSubject;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.LabObservation;
import org.shcportal.cards.VaccineDose;

/** Reads what the registry holds about a person into the card pipeline's plain records. */
@ApplicationScoped
public class PersonRecords {

    /** The person's cardable records: completed doses and results that stand; empty for an unknown id. */
    @Transactional
    public Optional<HealthRecord> of(String registryId) {
        return Person.findByRegistryId(registryId).map(PersonRecords::healthRecord);
    }

    /** The cardable records of a person already read from the registry. */
    @Transactional
    public HealthRecord of(Person person) {
        return healthRecord(person);
    }

    static HealthRecord healthRecord(Person person) {
        List<VaccineDose> doses = Immunization.listCompletedForPerson(person).stream()
                .map(dose -> new VaccineDose(dose.cvxCode, dose.occurrenceDate, dose.lotNumber, dose.performerName))
                .toList();
        // Only the tests of the Vaccination & Testing IG's value sets go on a card; others stay in the registry.
        List<LabObservation> labs = LabResult.listReportedForPerson(person).stream()
                .filter(result -> LabTests.kindOf(result.loincCode) != LabTests.TestKind.OTHER)
                .map(PersonRecords::observation)
                .toList();
        return new HealthRecord(subject(person), doses, labs);
    }

    private static CardSubject subject(Person person) {
        List<String> given = new ArrayList<>(List.of(person.givenName));
        if (person.middleName != null && !person.middleName.isBlank()) {
            given.add(person.middleName);
        }
        return new CardSubject(person.registryId, person.familyName, given, person.birthDate,
                person.identityAssurance);
    }

    private static LabObservation observation(LabResult result) {
        return new LabObservation(result.loincCode, result.effectiveDate,
                result.status.name().toLowerCase(Locale.ROOT), result.resultSystem, result.resultCode,
                result.resultValue, result.performerName);
    }
}
