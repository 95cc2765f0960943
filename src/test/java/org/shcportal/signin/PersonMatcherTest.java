package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;
import org.shcportal.signin.PersonMatcher.Claim;
import org.shcportal.signin.PersonMatcher.Match;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Matching residents to the demo registry, tolerant where it is safe and never guessing. */
@QuarkusTest
@TestTransaction
class PersonMatcherTest {

    private static final LocalDate ANYPERSON_BIRTH = LocalDate.of(1951, 1, 20);

    @Inject
    PersonMatcher matcher;

    @Test
    void findsJohnHoweverHeWritesHisNameAndPhone() {
        assertThat(matcher.match(claim(" JOHN ", "anyperson", ANYPERSON_BIRTH, "(505) 555-0101")))
                .isEqualTo(new Match.One(idOf("NM-000001")));
    }

    @Test
    void tellsApartTwoPersonsWithTheSameFamilyNameAndBirthDateByTheirContacts() {
        assertThat(matcher.match(claim("James", "Anyperson", ANYPERSON_BIRTH, "505 555 0103")))
                .isEqualTo(new Match.One(idOf("NM-000003")));
        assertThat(matcher.match(claim("James", "Anyperson", ANYPERSON_BIRTH, "505 555 0101")))
                .isEqualTo(new Match.None());
    }

    @Test
    void acceptsAccentsHyphensPreviousNamesAndOnePartOfADoubleFamilyName() {
        LocalDate born = LocalDate.of(1979, 12, 3);
        String email = "INES.MARTINEZ@example.net";
        long ines = idOf("NM-000009");
        assertThat(matcher.match(claim("Ines", "martinez chavez", born, email))).isEqualTo(new Match.One(ines));
        assertThat(matcher.match(claim("Inés", "Martínez", born, email))).isEqualTo(new Match.One(ines));
        assertThat(matcher.match(claim("Ines", "Chavez", born, email))).isEqualTo(new Match.One(ines));
    }

    @Test
    void aWrongBirthDateNameOrContactMatchesNobody() {
        assertThat(matcher.match(claim("John", "Anyperson", ANYPERSON_BIRTH.plusDays(1), "505-555-0101")))
                .isEqualTo(new Match.None());
        assertThat(matcher.match(claim("Jon", "Anyperson", ANYPERSON_BIRTH, "505-555-0101")))
                .isEqualTo(new Match.None());
        assertThat(matcher.match(claim("John", "Anyperson", ANYPERSON_BIRTH, "john@example.org")))
                .isEqualTo(new Match.None());
    }

    @Test
    void twinsWithTheSameNameAndPhoneNeedOneMoreFact() {
        Person first = twin();
        Person second = twin();
        dose(first, LocalDate.of(2021, 3, 3));
        dose(second, LocalDate.of(2021, 4, 4));

        Match match = matcher.match(claim("Alex", "Twinsworth", LocalDate.of(2001, 2, 2), "+1 505 555 0177"));

        assertThat(match).isEqualTo(new Match.Several(List.of(first.id, second.id)));
        assertThat(matcher.narrowByDoseDate(List.of(first.id, second.id), LocalDate.of(2021, 4, 4)))
                .isEqualTo(new Match.One(second.id));
        assertThat(matcher.narrowByDoseDate(List.of(first.id, second.id), LocalDate.of(2020, 1, 1)))
                .isEqualTo(new Match.None());
    }

    private static Claim claim(String given, String family, LocalDate born, String contact) {
        return new Claim(given, family, born, ContactAddress.parse(contact).orElseThrow());
    }

    private static Person twin() {
        Person person = new Person();
        person.registryId = "NM-T" + System.nanoTime();
        person.familyName = "Twinsworth";
        person.givenName = "Alex";
        person.birthDate = LocalDate.of(2001, 2, 2);
        person.sex = Person.Sex.X;
        person.persist();
        Contact phone = new Contact();
        phone.person = person;
        phone.kind = Contact.Kind.PHONE;
        phone.value = "+15055550177";
        phone.addedOn = LocalDate.of(2010, 1, 1);
        phone.persist();
        return person;
    }

    private static void dose(Person person, LocalDate date) {
        Immunization dose = new Immunization();
        dose.person = person;
        dose.cvxCode = "208";
        dose.occurrenceDate = date;
        dose.status = Immunization.Status.COMPLETED;
        dose.sourceSystem = "test";
        dose.persist();
    }
}
