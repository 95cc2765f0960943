package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.LabResult;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@TestTransaction
class DemoDatasetTest {

    @Test
    void loadsTheGeneratedPersonsAndTheFixedOnes() {
        assertThat(Person.count("registryId like 'NM-0000%'")).isEqualTo(9);
        assertThat(Person.count("registryId not like 'NM-0000%'")).isGreaterThanOrEqualTo(DemoDataset.GENERATED_PERSONS);
    }

    @Test
    void johnAnypersonHasTheIgScenarioOneDoses() {
        Person john = person("NM-000001");
        assertThat(john.givenName).isEqualTo("John");
        assertThat(john.middleName).isEqualTo("B.");
        assertThat(john.familyName).isEqualTo("Anyperson");
        assertThat(john.birthDate).isEqualTo(LocalDate.of(1951, 1, 20));
        assertThat(Immunization.listCompletedForPerson(john))
                .extracting(i -> i.cvxCode, i -> i.occurrenceDate.toString(), i -> i.lotNumber, i -> i.performerName)
                .containsExactly(tuple("207", "2021-01-01", "0000001", "ABC General Hospital"),
                        tuple("207", "2021-01-29", "0000007", "ABC General Hospital"),
                        tuple("229", "2022-09-05", "0000001", "ABC General Hospital"));
    }

    @Test
    void janeAnypersonHasTwoMpoxDoses() {
        Person jane = person("NM-000002");
        assertThat(jane.birthDate).isEqualTo(LocalDate.of(1961, 1, 20));
        assertThat(Immunization.listCompletedForPerson(jane))
                .extracting(i -> i.cvxCode, i -> i.occurrenceDate.toString(), i -> i.lotNumber)
                .containsExactly(tuple("206", "2022-08-01", "0000002"), tuple("206", "2022-08-29", "0000003"));
    }

    @Test
    void jamesAnypersonHasADetectedAntigenTest() {
        List<LabResult> results = LabResult.listReportedForPerson(person("NM-000003"));
        assertThat(results).extracting(r -> r.loincCode, r -> r.effectiveDate.toString(), r -> r.resultSystem,
                r -> r.resultCode).containsExactly(tuple("94558-4", "2021-02-17", "http://snomed.info/sct", "260373001"));
    }

    @Test
    void theGuardianHasTwoMinorsAndAChildWhoTurnedEighteenLastYear() {
        Person mother = person("NM-000004");
        List<Person> children = Person.listMinorsOf(mother);
        assertThat(children).extracting(p -> p.registryId).containsExactlyInAnyOrder("NM-000005", "NM-000006",
                "NM-000007");
        LocalDate today = LocalDate.now();
        assertThat(person("NM-000005").birthDate.plusYears(18)).isAfter(today);
        assertThat(person("NM-000006").birthDate.plusYears(18)).isAfter(today);
        assertThat(person("NM-000007").birthDate.plusYears(18).getYear()).isEqualTo(today.getYear() - 1);
    }

    @Test
    void onePersonHasFourteenCovidDoses() {
        assertThat(Immunization.listCompletedForPerson(person("NM-000008"))).hasSize(14);
    }

    @Test
    void onePersonHasAnAccentedHyphenatedNameAndAPreviousName() {
        Person ines = person("NM-000009");
        assertThat(ines.familyName).isEqualTo("Martínez-Chávez");
        assertThat(ines.givenName).isEqualTo("Inés");
        assertThat(PersonName.listOtherNamesOf(ines)).extracting(n -> n.kind, n -> n.familyName)
                .containsExactly(tuple(PersonName.Kind.PREVIOUS, "Martínez"));
    }

    @Test
    void everyFixedPersonHasAnEmailAndAPhone() {
        for (int i = 1; i <= 9; i++) {
            List<Contact> contacts = Contact.listHistoryOf(person("NM-00000" + i));
            assertThat(contacts).extracting(c -> c.kind).contains(Contact.Kind.EMAIL, Contact.Kind.PHONE);
        }
    }

    @Test
    void theChildrenAreLinkedToTheirMotherByTheRegistryFeed() {
        assertThat(GuardianLink.listGuardiansOf(person("NM-000005")))
                .extracting(l -> l.guardian.registryId, l -> l.relationship, l -> l.source)
                .containsExactly(tuple("NM-000004", GuardianLink.Relationship.MOTHER, GuardianLink.Source.REGISTRY_FEED));
    }

    private static Person person(String registryId) {
        return Person.findByRegistryId(registryId).orElseThrow();
    }
}
