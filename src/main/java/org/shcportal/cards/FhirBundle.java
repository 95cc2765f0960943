package org.shcportal.cards;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The FHIR R4 Bundle inside a card, built already minimised ("Health Cards are Compact" in the SMART Health Cards
 * specification, https://spec.smarthealth.cards/#health-cards-are-compact): {@code type} collection,
 * {@code resource:N} full URLs and references, no ids, no narrative, no displays, no empty values, {@code meta}
 * only for the identity-assurance label. Resources follow the Vaccination &amp; Testing IG's DM profiles:
 * SHCPatientUnitedStatesDM (name and birth date only), SHCVaccinationDM, and the laboratory result DM profiles.
 */
final class FhirBundle {

    static final String PATIENT_REFERENCE = "resource:0";
    /** The IG's vc-should-be-under-30-chars: a performer display "SHOULD be <30 for data minimization". */
    static final int MAX_DISPLAY_LENGTH = 29;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode bundle = JSON.objectNode();
    private final ArrayNode entries;
    private final CardSubject subject;

    private FhirBundle(CardSubject subject) {
        this.subject = subject;
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        entries = bundle.putArray("entry");
        add(patient());
    }

    /** A bundle of the patient and their doses, in the order given. */
    static ObjectNode vaccination(CardSubject subject, List<VaccineDose> doses) {
        FhirBundle bundle = new FhirBundle(subject);
        doses.forEach(dose -> bundle.add(bundle.immunization(dose)));
        return bundle.bundle;
    }

    /** A bundle of the patient and their lab results, in the order given. */
    static ObjectNode laboratory(CardSubject subject, List<LabObservation> results) {
        FhirBundle bundle = new FhirBundle(subject);
        results.forEach(result -> bundle.add(bundle.observation(result)));
        return bundle.bundle;
    }

    /** A bundle of the patient, their doses and their lab results, each in the order given. */
    static ObjectNode whole(CardSubject subject, List<VaccineDose> doses, List<LabObservation> results) {
        FhirBundle bundle = new FhirBundle(subject);
        doses.forEach(dose -> bundle.add(bundle.immunization(dose)));
        results.forEach(result -> bundle.add(bundle.observation(result)));
        return bundle.bundle;
    }

    private void add(ObjectNode resource) {
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", "resource:" + (entries.size() - 1));
        entry.set("resource", resource);
    }

    private ObjectNode patient() {
        ObjectNode patient = JSON.objectNode();
        patient.put("resourceType", "Patient");
        ObjectNode name = patient.putArray("name").addObject();
        putText(name, "family", subject.family());
        ArrayNode given = JSON.arrayNode();
        subject.given().stream().filter(FhirBundle::present).forEach(given::add);
        if (!given.isEmpty()) {
            name.set("given", given);
        }
        patient.put("birthDate", subject.birthDate().toString());
        return patient;
    }

    private ObjectNode immunization(VaccineDose dose) {
        ObjectNode immunization = resource("Immunization");
        immunization.put("status", "completed");
        immunization.set("vaccineCode", codeableConcept(Cvx.SYSTEM, Cvx.normalize(dose.cvx())));
        immunization.putObject("patient").put("reference", PATIENT_REFERENCE);
        immunization.put("occurrenceDateTime", dose.date().toString());
        if (present(dose.performer())) {
            immunization.putArray("performer").addObject().putObject("actor").put("display",
                    shortDisplay(dose.performer()));
        }
        putText(immunization, "lotNumber", dose.lotNumber());
        return immunization;
    }

    private ObjectNode observation(LabObservation result) {
        ObjectNode observation = resource("Observation");
        observation.put("status", result.status());
        observation.set("code", codeableConcept(Loinc.SYSTEM, result.loinc()));
        observation.putObject("subject").put("reference", PATIENT_REFERENCE);
        observation.put("effectiveDateTime", result.effectiveDate().toString());
        if (present(result.performer())) {
            observation.putArray("performer").addObject().put("display", shortDisplay(result.performer()));
        }
        if (present(result.resultCode())) {
            observation.set("valueCodeableConcept", codeableConcept(result.resultSystem(), result.resultCode()));
        } else {
            putText(observation, "valueString", result.resultValue());
        }
        return observation;
    }

    /** A resource with the identity-assurance label, when the record has one (IG: {@code meta.security}). */
    private ObjectNode resource(String type) {
        ObjectNode resource = JSON.objectNode();
        resource.put("resourceType", type);
        if (present(subject.identityAssurance())) {
            ObjectNode label = resource.putObject("meta").putArray("security").addObject();
            label.put("system", CardSubject.IDENTITY_ASSURANCE_SYSTEM);
            label.put("code", subject.identityAssurance());
        }
        return resource;
    }

    /** A display name cut at a word boundary to fit {@link #MAX_DISPLAY_LENGTH}. */
    static String shortDisplay(String name) {
        String text = name.strip();
        if (text.length() <= MAX_DISPLAY_LENGTH) {
            return text;
        }
        int space = text.lastIndexOf(' ', MAX_DISPLAY_LENGTH);
        return (space > 0 ? text.substring(0, space) : text.substring(0, MAX_DISPLAY_LENGTH)).strip();
    }

    private static ObjectNode codeableConcept(String system, String code) {
        ObjectNode concept = JSON.objectNode();
        ObjectNode coding = concept.putArray("coding").addObject();
        coding.put("system", system);
        coding.put("code", code);
        return concept;
    }

    /** The official validator refuses empty strings anywhere in a card: a missing value is left out. */
    private static void putText(ObjectNode node, String field, String value) {
        if (present(value)) {
            node.put(field, value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
