package org.shcportal.feed;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The FHIR R4 codes and code systems of the bulk NDJSON files, both ways between the registry's values and FHIR's
 * (HL7 V2-to-FHIR ConceptMap segment-rxa-to-immunization; FHIR R4 value sets administrative-gender,
 * immunization-status, observation-status; v3 RoleCode for guardians). The CVX, LOINC and identity-assurance systems
 * are the cards' ({@code cards.Cvx}, {@code cards.Loinc}, {@code cards.CardSubject}).
 */
final class FhirTerms {

    /** FHIR Bulk Data Access 2.0.0: one file per resource type. */
    static final String PATIENT_FILE = "Patient.ndjson";
    static final String IMMUNIZATION_FILE = "Immunization.ndjson";
    static final String OBSERVATION_FILE = "Observation.ndjson";
    static final String RELATED_PERSON_FILE = "RelatedPerson.ndjson";

    static final String MVX = "http://hl7.org/fhir/sid/mvx";
    /** HL7 table 0203 in FHIR: SR, state registry id. */
    static final String IDENTIFIER_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String REGISTRY_ID_TYPE = "SR";
    static final String ROLE_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    /** Person.sex to administrative-gender. */
    static final Map<String, String> GENDERS = Map.of("F", "female", "M", "male", "X", "other", "U", "unknown");
    /** Immunization.Status to immunization-status. */
    static final Map<String, String> DOSE_STATUSES = Map.of("COMPLETED", "completed", "NOT_DONE", "not-done",
            "ENTERED_IN_ERROR", "entered-in-error");
    /** LabResult.Status to observation-status. */
    static final Map<String, String> LAB_STATUSES = Map.of("FINAL", "final", "AMENDED", "amended", "CORRECTED",
            "corrected", "ENTERED_IN_ERROR", "entered-in-error");
    /** GuardianLink.Relationship to v3 RoleCode (MTH mother, FTH father, GUARD guardian). */
    static final Map<String, String> RELATIONSHIPS = Map.of("MOTHER", "MTH", "FATHER", "FTH", "LEGAL_GUARDIAN",
            "GUARD");
    /** v3 RoleCode to GuardianLink.Relationship; PRN (parent) is a guardian too. */
    static final Map<String, String> RELATIONSHIPS_READ = Map.of("MTH", "MOTHER", "FTH", "FATHER", "GUARD",
            "LEGAL_GUARDIAN", "PRN", "LEGAL_GUARDIAN");

    private FhirTerms() {
    }

    /** The map read backwards: a FHIR code to the registry's value. */
    static Map<String, String> reversed(Map<String, String> map) {
        return map.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
    }
}
