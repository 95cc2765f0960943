package org.shcportal.conformance;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A card's FHIR bundle as plain JSON, read only to choose the profiles it must pass. */
record CardBundle(JsonNode json) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CardBundle parse(String bundleJson) {
        try {
            return new CardBundle(MAPPER.readTree(bundleJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    List<JsonNode> resources(String resourceType) {
        return StreamSupport.stream(json.path("entry").spliterator(), false)
                .map(entry -> entry.path("resource"))
                .filter(resource -> resource.path("resourceType").asText().equals(resourceType))
                .toList();
    }

    /** The Patient entry exactly as it is in the bundle, to validate it on its own. */
    String patientJson() {
        List<JsonNode> patients = resources("Patient");
        if (patients.size() != 1) {
            throw new IllegalArgumentException("A card's bundle has one Patient, this one has " + patients.size());
        }
        return patients.get(0).toString();
    }
}
