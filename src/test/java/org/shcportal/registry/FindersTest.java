package org.shcportal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The registry's finders, asked the questions the portal will ask, against the demo dataset. */
@QuarkusTest
@TestTransaction
class FindersTest {

    @Test
    void findsAPersonByRegistryIdOnly() {
        assertThat(Person.findByRegistryId("NM-000001")).map(p -> p.givenName).contains("John");
        assertThat(Person.findByRegistryId("NM-999999999")).isEmpty();
    }

    @Test
    void listsPersonsBornOnADayWithAFamilyNameIgnoringCase() {
        assertThat(Person.listBornOnWithFamilyName(LocalDate.of(1951, 1, 20), "ANYPERSON"))
                .extracting(p -> p.registryId).containsExactly("NM-000001", "NM-000003");
        assertThat(Person.listBornOnWithFamilyName(LocalDate.of(1951, 1, 21), "Anyperson")).isEmpty();
    }

    @Test
    void listsEveryoneWhoHadAPhone() {
        assertThat(Contact.listPersonsWhoHad(Contact.Kind.PHONE, "+15055550104")).extracting(p -> p.registryId)
                .containsExactlyInAnyOrder("NM-000004", "NM-000005", "NM-000006", "NM-000007");
        assertThat(Contact.listPersonsWhoHad(Contact.Kind.EMAIL, "+15055550104")).isEmpty();
    }

    @Test
    void listsAContactHistoryNewestFirst() {
        Person adultSon = person("NM-000007");
        assertThat(Contact.listHistoryOf(adultSon)).extracting(c -> c.value).first()
                .isEqualTo("mateo.qb@example.com");
    }

    @Test
    void findsTheCurrentAddress() {
        Person john = person("NM-000001");
        Address moved = new Address();
        moved.person = john;
        moved.line1 = "9 New St";
        moved.city = "Taos";
        moved.state = "NM";
        moved.postalCode = "87571";
        moved.addedOn = LocalDate.of(2024, 5, 1);
        moved.persist();
        assertThat(Address.findCurrentOf(john)).map(a -> a.city).contains("Taos");
    }

    @Test
    void listsOnlyCompletedDosesInDateOrder() {
        Person john = person("NM-000001");
        Immunization error = new Immunization();
        error.person = john;
        error.cvxCode = "207";
        error.occurrenceDate = LocalDate.of(2021, 1, 2);
        error.status = Immunization.Status.ENTERED_IN_ERROR;
        error.sourceSystem = "test";
        error.persist();
        assertThat(Immunization.listCompletedForPerson(john)).extracting(i -> i.occurrenceDate.toString())
                .containsExactly("2021-01-01", "2021-01-29", "2022-09-05");
    }

    @Test
    void leavesOutLabResultsEnteredInError() {
        Person james = person("NM-000003");
        LabResult error = new LabResult();
        error.person = james;
        error.loincCode = "94500-6";
        error.effectiveDate = LocalDate.of(2021, 3, 1);
        error.resultValue = "positive";
        error.status = LabResult.Status.ENTERED_IN_ERROR;
        error.sourceSystem = "test";
        error.persist();
        assertThat(LabResult.listReportedForPerson(james)).extracting(r -> r.loincCode).containsExactly("94558-4");
    }

    @Test
    void namesTheVaccineOfACvxCodeAsRecorded() {
        assertThat(VaccineCode.findByCvx("207")).map(v -> v.name(Locale.ENGLISH)).contains("Moderna COVID-19 Vaccine");
        assertThat(VaccineCode.findByCvx("03")).map(v -> v.cvx).contains("3");
        assertThat(VaccineCode.findByCvx("206")).map(v -> v.name(Locale.ENGLISH)).contains("Jynneos (mpox and smallpox)");
        assertThat(VaccineCode.findByCvx("9999")).isEmpty();
    }

    private static Person person(String registryId) {
        return Person.findByRegistryId(registryId).orElseThrow();
    }
}
