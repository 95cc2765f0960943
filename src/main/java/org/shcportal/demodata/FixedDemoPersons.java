package org.shcportal.demodata;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.shcportal.registry.Address;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.LabResult;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;

/**
 * The demo persons with stable registry ids that the README lists: the Vaccination &amp; Testing IG's three
 * scenarios (NM-000001 to NM-000003, with the identity-assurance levels of the IG's example bundles), a family (NM-000004 to
 * NM-000007), a long history (NM-000008) and a name
 * with accents, a hyphen and a previous name (NM-000009). Must run inside a transaction.
 */
final class FixedDemoPersons {

    private static final String HOSPITAL = "ABC General Hospital";
    private static final String SOURCE = "demo-data";

    private FixedDemoPersons() {
    }

    /** Inserts the fixed persons; the family's birth dates are counted back from {@code today}. */
    static void insert(LocalDate today) {
        igScenarios();
        family(today);
        longHistory();
        previousName();
    }

    private static void igScenarios() {
        Person john = person("NM-000001", "Anyperson", "John", "B.", "1951-01-20", Person.Sex.M);
        john.identityAssurance = "IAL1.2";
        contacts(john, "+15055550101", "john.anyperson@example.com");
        dose(john, "207", "2021-01-01", "0000001", "MOD", HOSPITAL);
        dose(john, "207", "2021-01-29", "0000007", "MOD", HOSPITAL);
        dose(john, "229", "2022-09-05", "0000001", "MOD", HOSPITAL);

        Person jane = person("NM-000002", "Anyperson", "Jane", "C.", "1961-01-20", Person.Sex.F);
        jane.identityAssurance = "IAL2";
        contacts(jane, "+15055550102", "jane.anyperson@example.com");
        dose(jane, "206", "2022-08-01", "0000002", "BN", HOSPITAL);
        dose(jane, "206", "2022-08-29", "0000003", "BN", HOSPITAL);

        Person james = person("NM-000003", "Anyperson", "James", "T.", "1951-01-20", Person.Sex.M);
        james.identityAssurance = "IAL2";
        contacts(james, "+15055550103", "james.anyperson@example.com");
        LabResult test = new LabResult();
        test.person = james;
        test.loincCode = "94558-4";
        test.effectiveDate = LocalDate.parse("2021-02-17");
        test.resultSystem = "http://snomed.info/sct";
        test.resultCode = "260373001";
        test.performerName = HOSPITAL;
        test.status = LabResult.Status.FINAL;
        test.sourceSystem = SOURCE;
        test.persist();
    }

    /** A mother with two minors and a son who turned 18 last year; the children share her phone and email. */
    private static void family(LocalDate today) {
        Person mother = person("NM-000004", "Quintana-Begay", "Marisol", "Ann", "1984-03-09", Person.Sex.F);
        contacts(mother, "+15055550104", "marisol.quintana@example.com");
        covidSeries(mother, "2021-03-02");
        int year = today.getYear();
        Person son = child(mother, "NM-000005", "Diego", LocalDate.of(year - 12, 5, 12), Person.Sex.M);
        Person daughter = child(mother, "NM-000006", "Lucía", LocalDate.of(year - 8, 9, 30), Person.Sex.F);
        Person adultSon = child(mother, "NM-000007", "Mateo", LocalDate.of(year - 19, 6, 15), Person.Sex.M);
        contact(adultSon, Contact.Kind.EMAIL, "mateo.qb@example.com", adultSon.birthDate.plusYears(16));
        for (Person child : List.of(son, daughter, adultSon)) {
            childhoodRecord(child, today);
        }
    }

    private static Person child(Person mother, String registryId, String given, LocalDate birthDate, Person.Sex sex) {
        Person child = person(registryId, mother.familyName, given, null, birthDate.toString(), sex);
        contacts(child, "+15055550104", "marisol.quintana@example.com");
        GuardianLink link = new GuardianLink();
        link.guardian = mother;
        link.minor = child;
        link.relationship = GuardianLink.Relationship.MOTHER;
        link.source = GuardianLink.Source.REGISTRY_FEED;
        link.persist();
        return child;
    }

    /** The childhood schedule as the generator gives it, from a fixed seed per child. */
    private static void childhoodRecord(Person child, LocalDate today) {
        SplittableRandom random = new SplittableRandom(child.registryId.hashCode());
        for (Household.Dose dose : VaccineHistory.of(random, child.birthDate, today, false)) {
            if ("COMPLETED".equals(dose.status())) {
                dose(child, dose.cvx(), dose.date().toString(), dose.lot(), dose.mvx(), dose.performer());
            }
        }
    }

    /** Fourteen COVID-19 doses: a primary series, boosters and the extra doses of an immunocompromised person. */
    private static void longHistory() {
        Person person = person("NM-000008", "Tafoya", "Gilbert", "Ray", "1958-07-04", Person.Sex.M);
        contacts(person, "+15755550108", "gilbert.tafoya@example.org");
        // Different places and lots, as for a person treated in several clinics: too much for one QR code.
        String[][] doses = { { "208", "2021-01-15", "EL3249", "UNM Hospital Vaccine Clinic" },
                { "208", "2021-02-05", "EN5318", "UNM Hospital Vaccine Clinic" },
                { "208", "2021-03-08", "ER8736", "Presbyterian Kaseman Hospital" },
                { "208", "2021-09-30", "FF2589", "Walgreens #10471 Las Cruces" },
                { "217", "2022-01-10", "FK5127", "Memorial Medical Center Las Cruces" },
                { "217", "2022-04-12", "FW1331", "Ben Archer Health Center" },
                { "217", "2022-07-14", "GH9694", "Sandia Family Clinic" },
                { "300", "2022-09-20", "GL4712", "Smith's Pharmacy #452 Rio Rancho" },
                { "300", "2022-12-20", "HA6301", "Lovelace Westside Hospital" },
                { "300", "2023-03-21", "HF0817", "Sandia Family Clinic" },
                { "309", "2023-09-26", "JT2406", "CVS Pharmacy #9913 Santa Fe" },
                { "309", "2024-01-09", "KM5530", "Christus St. Vincent Regional" },
                { "309", "2024-09-17", "LP7142", "First Choice Community Healthcare" },
                { "309", "2025-09-23", "MX3958", "La Familia Medical Center" } };
        for (String[] dose : doses) {
            dose(person, dose[0], dose[1], dose[2], "PFR", dose[3]);
        }
    }

    private static void previousName() {
        Person person = person("NM-000009", "Martínez-Chávez", "Inés", "María", "1979-12-03", Person.Sex.F);
        person.identityAssurance = "IAL1.2";
        contacts(person, "+15055550109", "ines.martinez@example.net");
        PersonName maiden = new PersonName();
        maiden.person = person;
        maiden.kind = PersonName.Kind.PREVIOUS;
        maiden.familyName = "Martínez";
        maiden.givenName = "Inés";
        maiden.middleName = "María";
        maiden.persist();
        covidSeries(person, "2021-02-11");
        dose(person, "150", "2024-10-08", "U7841AB", "PMC", "Santa Fe County Public Health Office");
    }

    private static void covidSeries(Person person, String firstDose) {
        LocalDate first = LocalDate.parse(firstDose);
        dose(person, "208", firstDose, "EN6201", "PFR", "Rio Grande Pharmacy #112");
        dose(person, "208", first.plusDays(21).toString(), "EN6207", "PFR", "Rio Grande Pharmacy #112");
    }

    private static Person person(String registryId, String family, String given, String middle, String birthDate,
            Person.Sex sex) {
        Person person = new Person();
        person.registryId = registryId;
        person.familyName = family;
        person.givenName = given;
        person.middleName = middle;
        person.birthDate = LocalDate.parse(birthDate);
        person.sex = sex;
        person.persist();
        Address address = new Address();
        address.person = person;
        address.line1 = "1" + registryId.substring(registryId.length() - 2) + " Calle del Sol";
        address.city = "Santa Fe";
        address.state = "NM";
        address.postalCode = "87501";
        address.addedOn = LocalDate.of(2015, 1, 1);
        address.persist();
        return person;
    }

    private static void contacts(Person person, String phone, String email) {
        LocalDate since = person.birthDate.isAfter(LocalDate.of(2015, 1, 1)) ? person.birthDate
                : LocalDate.of(2015, 1, 1);
        contact(person, Contact.Kind.PHONE, phone, since);
        contact(person, Contact.Kind.EMAIL, email, since);
    }

    private static void contact(Person person, Contact.Kind kind, String value, LocalDate since) {
        Contact contact = new Contact();
        contact.person = person;
        contact.kind = kind;
        contact.value = value;
        contact.addedOn = since;
        contact.persist();
    }

    private static void dose(Person person, String cvx, String date, String lot, String mvx, String performer) {
        Immunization dose = new Immunization();
        dose.person = person;
        dose.cvxCode = cvx;
        dose.occurrenceDate = LocalDate.parse(date);
        dose.lotNumber = lot;
        dose.mvxCode = mvx;
        dose.performerName = performer;
        dose.status = Immunization.Status.COMPLETED;
        dose.sourceSystem = SOURCE;
        dose.persist();
    }
}
