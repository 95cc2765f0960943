package org.shcportal.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a card is about. Only the name and date of birth go into a card; {@code personKey} is used
 * for the revocation id alone and never appears in the card.
 *
 * @param personKey the registry's id of the person, the input of the {@code rid} HMAC (SMART Health Cards
 *        specification, https://spec.smarthealth.cards/#revocation)
 * @param given given names in order (first, then middle names)
 * @param identityAssurance the SHC identity-assurance code (e.g. {@code IAL1.2}), or null when unknown
 */
public record CardSubject(String personKey, String family, List<String> given, LocalDate birthDate,
        String identityAssurance) {

    /**
     * The code system of the identity-assurance label on the patient (SMART Health Cards specification, "Identity
     * Assurance", https://spec.smarthealth.cards/#identity-assurance).
     */
    public static final String IDENTITY_ASSURANCE_SYSTEM = "https://smarthealth.cards/ial";

    public CardSubject {
        given = List.copyOf(given);
    }
}
