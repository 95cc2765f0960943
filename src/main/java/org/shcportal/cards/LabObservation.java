package org.shcportal.cards;

import java.time.LocalDate;

/**
 * A laboratory result as a card shows it: a LOINC-coded test with a coded result or a text value.
 *
 * @param status the FHIR Observation status: {@code final}, {@code amended} or {@code corrected}
 * @param resultSystem the code system of {@code resultCode} (e.g. {@code http://snomed.info/sct}), or null
 * @param resultValue the result as text when it is not coded, else null
 */
public record LabObservation(String loinc, LocalDate effectiveDate, String status, String resultSystem,
        String resultCode, String resultValue, String performer) {
}
