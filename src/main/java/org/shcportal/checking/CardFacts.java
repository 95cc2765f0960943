package org.shcportal.checking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a card's claims say, as a verifier's app reads them: the issuer, when it was issued and until when it holds,
 * and from the FHIR bundle the person, their doses and their lab results (https://spec.smarthealth.cards/). Values
 * are as written in the card; dates stay FHIR strings, which may be partial ({@code 2021-03}) or carry a time.
 *
 * @param name the given names, then the family name (or the name's text)
 */
record CardFacts(String iss, Optional<Instant> issued, Optional<Instant> expires, String name, String birthDate,
        List<Dose> doses, List<Lab> labs) {

    /** One {@code Immunization}: the first coding of its vaccine code. */
    record Dose(String system, String code, String date, String lot, String performer) {
    }

    /** One {@code Observation}: the test's code, its result (coded or as text) and who reported it. */
    record Lab(String code, String date, String resultSystem, String resultCode, String resultText, String performer,
            String status) {
    }

    /** The facts of SMART Health Card claims; empty when the claims hold no FHIR bundle. */
    static Optional<CardFacts> of(JsonNode claims) {
        JsonNode bundle = claims.path("vc").path("credentialSubject").path("fhirBundle");
        if (!bundle.isObject() || !bundle.path("entry").isArray()) {
            return Optional.empty();
        }
        String name = "";
        String birthDate = "";
        List<Dose> doses = new ArrayList<>();
        List<Lab> labs = new ArrayList<>();
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.path("resource");
            switch (resource.path("resourceType").asText()) {
                case "Patient" -> {
                    if (name.isEmpty()) {
                        name = name(resource.path("name").path(0));
                        birthDate = resource.path("birthDate").asText("");
                    }
                }
                case "Immunization" -> doses.add(dose(resource));
                case "Observation" -> labs.add(lab(resource));
                default -> {
                    // Other resources are not shown.
                }
            }
        }
        return Optional.of(new CardFacts(claims.path("iss").asText(""), seconds(claims.path("nbf")),
                seconds(claims.path("exp")), name, birthDate, doses, labs));
    }

    private static String name(JsonNode name) {
        List<String> parts = new ArrayList<>();
        name.path("given").forEach(given -> parts.add(given.asText()));
        if (name.hasNonNull("family")) {
            parts.add(name.path("family").asText());
        }
        String joined = String.join(" ", parts).strip();
        return joined.isEmpty() ? name.path("text").asText("").strip() : joined;
    }

    private static Dose dose(JsonNode immunization) {
        JsonNode coding = immunization.path("vaccineCode").path("coding").path(0);
        String date = immunization.hasNonNull("occurrenceDateTime") ? immunization.path("occurrenceDateTime").asText()
                : immunization.path("occurrenceString").asText("");
        return new Dose(coding.path("system").asText(""), coding.path("code").asText(""), date,
                immunization.path("lotNumber").asText(""), performer(immunization.path("performer")));
    }

    private static Lab lab(JsonNode observation) {
        JsonNode coding = observation.path("code").path("coding").path(0);
        JsonNode result = observation.path("valueCodeableConcept").path("coding").path(0);
        String text = observation.path("valueString").asText("");
        JsonNode quantity = observation.path("valueQuantity");
        if (text.isEmpty() && quantity.has("value")) {
            text = (quantity.path("value").asText() + " " + quantity.path("unit").asText("")).strip();
        }
        String date = observation.path("effectiveDateTime").asText("");
        return new Lab(coding.path("code").asText(""), date, result.path("system").asText(""),
                result.path("code").asText(""), text, performer(observation.path("performer")),
                observation.path("status").asText(""));
    }

    /** An Immunization's {@code performer[].actor.display}, an Observation's {@code performer[].display}. */
    private static String performer(JsonNode performers) {
        JsonNode first = performers.path(0);
        return first.has("actor") ? first.path("actor").path("display").asText("")
                : first.path("display").asText("");
    }

    /** A NumericDate (RFC 7519), possibly with a fraction: the spec's own examples use fractions of a second. */
    private static Optional<Instant> seconds(JsonNode value) {
        if (!value.isNumber()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(Math.round(value.asDouble() * 1000)));
    }
}
