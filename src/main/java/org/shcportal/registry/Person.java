package org.shcportal.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person known to the registry. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "registry_id")
    public String registryId;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "middle_name")
    public String middleName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "bpchar")
    public Sex sex;

    /** SHC identity-assurance label (e.g. {@code IAL1.2}), when the registry knows it. */
    @Column(name = "identity_assurance")
    public String identityAssurance;

    /** The person this duplicate record was merged into (HL7 ADT^A40), or null while the record stands on its own. */
    @Column(name = "merged_into")
    public Long mergedInto;

    /** Given, middle and family name, as pages, printouts and letters write it. */
    public String fullName() {
        StringBuilder name = new StringBuilder(givenName);
        if (middleName != null && !middleName.isBlank()) {
            name.append(' ').append(middleName);
        }
        return name.append(' ').append(familyName).toString();
    }

    public static Optional<Person> findByRegistryId(String registryId) {
        return find("registryId", registryId).firstResultOptional();
    }

    /**
     * The person a registry id stands for now: the person with that id, or, when that record was merged into another,
     * the one it was merged into (its id stays an alias of the survivor).
     */
    public static Optional<Person> findCurrentByRegistryId(String registryId) {
        Optional<Person> person = findByRegistryId(registryId);
        while (person.isPresent() && person.get().mergedInto != null) {
            person = Optional.ofNullable(findById(person.get().mergedInto));
        }
        return person;
    }

    /** The persons born on {@code birthDate} whose records are open: a record merged into another is closed. */
    public static List<Person> listOpenBornOn(LocalDate birthDate) {
        return list("birthDate = ?1 and mergedInto is null", birthDate);
    }

    /**
     * The persons born on {@code birthDate} whose records are open and who had the contact at some time: one query,
     * on the indexes of both, however many persons share the birthday.
     */
    public static List<Person> listOpenBornOnWhoHad(LocalDate birthDate, Contact.Kind kind, String value) {
        return list("""
                from Person p where p.birthDate = ?1 and p.mergedInto is null
                and exists (select 1 from Contact c where c.person = p and c.kind = ?2 and c.value = ?3)""",
                birthDate, kind, value);
    }

    /** Persons born on {@code birthDate} whose legal family name is {@code familyName}, ignoring case. */
    public static List<Person> listBornOnWithFamilyName(LocalDate birthDate, String familyName) {
        return list("birthDate = ?1 and lower(familyName) = lower(?2) order by id", birthDate, familyName);
    }

    /** The minors this person is a guardian of, youngest last. */
    public static List<Person> listMinorsOf(Person guardian) {
        return list("select link.minor from GuardianLink link where link.guardian = ?1 order by link.minor.birthDate",
                guardian);
    }

    public enum Sex {
        F,
        M,
        X,
        U
    }
}
