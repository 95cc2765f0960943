package org.shcportal.demodata;

import java.time.LocalDate;
import java.util.List;

/**
 * People who live together as the generator made them: the members (adults first) and who is a guardian of whom.
 * Plain values, so the same household can be written to the database or compared in a test.
 */
public record Household(List<Member> members, List<Guardianship> guardianships) {

    /** One person, with everything the registry holds about them. */
    public record Member(Name name, LocalDate birthDate, char sex, String identityAssurance, List<OtherName> otherNames,
            List<ContactEntry> contacts, List<AddressEntry> addresses, List<Dose> doses, List<LabTest> labTests) {
    }

    public record Name(String family, String given, String middle) {
    }

    /** A previous or alias name; {@code kind} is {@code PREVIOUS} or {@code ALIAS}. */
    public record OtherName(String kind, Name name) {
    }

    /** A phone (E.164) or email (lower case); {@code removedOn} is null while it is current. */
    public record ContactEntry(String kind, String value, LocalDate addedOn, LocalDate removedOn) {
    }

    public record AddressEntry(String line1, String line2, String city, String state, String postalCode,
            LocalDate addedOn) {
    }

    /** A vaccine dose; {@code status} is {@code COMPLETED} or {@code ENTERED_IN_ERROR}. */
    public record Dose(String cvx, LocalDate date, String lot, String mvx, String performer, String status) {
    }

    /** A laboratory test with a SNOMED CT coded result. */
    public record LabTest(String loinc, LocalDate date, String resultSnomed, String performer) {
    }

    /** Member {@code guardian} is a parent or legal guardian of member {@code minor} (indexes into members). */
    public record Guardianship(int guardian, int minor, String relationship) {
    }
}
