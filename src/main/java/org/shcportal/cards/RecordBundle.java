package org.shcportal.cards;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * A person's whole record as one FHIR R4 Bundle ({@code application/fhir+json}), unsigned: the patient, every dose
 * and every lab result, in date order, built as the cards' bundles are. A SMART Health Link shares it next to the
 * cards (SHL, "application/fhir+json" content, https://hl7.org/fhir/uv/smart-health-cards-and-links/links-specification.html).
 */
public final class RecordBundle {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private RecordBundle() {
    }

    /** The bundle as minified UTF-8 JSON. */
    public static byte[] of(HealthRecord record) {
        return FhirBundle.whole(record.subject(),
                record.doses().stream().sorted(Comparator.comparing(VaccineDose::date)).toList(),
                record.labs().stream().sorted(Comparator.comparing(LabObservation::effectiveDate)).toList())
                .toString().getBytes(StandardCharsets.UTF_8);
    }
}
