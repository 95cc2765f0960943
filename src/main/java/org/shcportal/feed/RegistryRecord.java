package org.shcportal.feed;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the registry holds about one person, as the bulk exports write it: demographics, other names, every
 * contact and address on record, guardians, doses and lab results. Rows keep their database order (oldest first).
 *
 * @param id the person's database id (only to order and join; never exported)
 * @param registryId the registry's own id of the person
 * @param legal the legal name
 * @param birthDate date of birth
 * @param sex F, M, X or U
 * @param identityAssurance the SHC identity-assurance code, or null
 * @param otherNames previous and alias names
 * @param contacts phones and emails, the removed ones included
 * @param addresses addresses, the newest (current) last
 * @param guardians the person's guardians
 * @param doses the person's doses, in the order they were recorded
 * @param labs the person's lab results, in the order they were recorded
 */
record RegistryRecord(long id, String registryId, Name legal, LocalDate birthDate, String sex,
        String identityAssurance, List<OtherName> otherNames, List<ContactRow> contacts, List<AddressRow> addresses,
        List<Guardian> guardians, List<Dose> doses, List<Lab> labs) {

    /** A name: family, given and (maybe null) middle. */
    record Name(String family, String given, String middle) {
    }

    /** A previous or alias name; {@code kind} is {@code PREVIOUS} or {@code ALIAS}. */
    record OtherName(String kind, Name name) {
    }

    /** A phone (E.164) or email; {@code removedOn} is null while it is current. */
    record ContactRow(String kind, String value, LocalDate addedOn, LocalDate removedOn) {

        boolean current() {
            return removedOn == null;
        }
    }

    /** A postal address and when it was added. */
    record AddressRow(String line1, String line2, String city, String state, String postalCode, LocalDate addedOn) {
    }

    /** A guardian link: the guardian's registry id and legal name, and the relationship. */
    record Guardian(String registryId, Name name, String relationship) {
    }

    /** A dose; {@code sourceId} is the sender's id (ORC-3), or null. */
    record Dose(long id, String cvx, LocalDate date, String lot, String mvx, String performer, String status,
            String sourceSystem, String sourceId) {
    }

    /** A lab result, coded ({@code resultSystem}, {@code resultCode}) or a value. */
    record Lab(long id, String loinc, LocalDate date, String resultSystem, String resultCode, String resultValue,
            String performer, String status, String sourceSystem) {
    }

    /** The current address: the newest one. */
    AddressRow currentAddress() {
        return addresses.isEmpty() ? null : addresses.get(addresses.size() - 1);
    }
}
