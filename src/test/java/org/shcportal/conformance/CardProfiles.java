package org.shcportal.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The IG's data-minimization (DM) profiles a card must pass, by content (http://hl7.org/fhir/uv/shc-vaccination/). */
public final class CardProfiles {

    private static final String BASE = "http://hl7.org/fhir/uv/shc-vaccination/StructureDefinition/";
    public static final String VACCINATION_BUNDLE = BASE + "shc-vaccination-bundle-dm";
    public static final String LAB_BUNDLE = BASE + "shc-infectious-disease-laboratory-bundle-dm";
    public static final String COVID_LAB_BUNDLE = BASE + "shc-covid19-laboratory-bundle-dm";
    /** The bundle profiles accept the general patient profile; only this one forbids identifiers. */
    public static final String US_PATIENT = BASE + "shc-patient-us-dm";

    private CardProfiles() {
    }

    /** Immunizations: the vaccination bundle; lab results: the lab bundle, and the COVID one if all are COVID tests. */
    static List<String> forBundle(CardBundle bundle, Set<String> covidLabTests) {
        List<String> profiles = new ArrayList<>();
        if (!bundle.resources("Immunization").isEmpty()) {
            profiles.add(VACCINATION_BUNDLE);
        }
        List<JsonNode> observations = bundle.resources("Observation");
        if (!observations.isEmpty()) {
            profiles.add(LAB_BUNDLE);
        }
        if (!observations.isEmpty() && observations.stream().allMatch(o -> isCovidTest(o, covidLabTests))) {
            profiles.add(COVID_LAB_BUNDLE);
        }
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("A card's bundle has immunizations or lab results, this one has none");
        }
        return profiles;
    }

    private static boolean isCovidTest(JsonNode observation, Set<String> covidLabTests) {
        JsonNode coding = observation.path("code").path("coding").path(0);
        return coding.path("system").asText().equals("http://loinc.org")
                && covidLabTests.contains(coding.path("code").asText());
    }
}
