package org.shcportal.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a verifier sees in a person's cards, read back from the very payloads {@link CardIssuer} signs: the same
 * bundles ({@link FhirBundle}) inside the same claims ({@link CredentialClaims}). Every value in a payload belongs
 * to one {@link Field}; a value that belongs to none is reported by {@link #unlisted()}, so a change to what cards
 * carry cannot slip past the page that explains them.
 */
public final class CardContents {

    /** Stand-ins for the values only signing knows; their fields are the same in every card. */
    private static final long ANY_NBF = 0;
    private static final String ANY_RID = "rid";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every value path a card may carry (arrays flattened, resources named by type), and what it is. */
    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("iss", Field.ISSUER),
            Map.entry("nbf", Field.ISSUE_DATE),
            Map.entry("vc.type", Field.CARD_TYPE),
            Map.entry("vc.rid", Field.REVOCATION_ID),
            Map.entry("vc.credentialSubject.fhirVersion", Field.STRUCTURE),
            Map.entry("Bundle.resourceType", Field.STRUCTURE),
            Map.entry("Bundle.type", Field.STRUCTURE),
            Map.entry("Bundle.entry.fullUrl", Field.STRUCTURE),
            Map.entry("Patient.resourceType", Field.STRUCTURE),
            Map.entry("Patient.name.family", Field.NAME),
            Map.entry("Patient.name.given", Field.NAME),
            Map.entry("Patient.birthDate", Field.BIRTH_DATE),
            Map.entry("Immunization.resourceType", Field.STRUCTURE),
            Map.entry("Immunization.meta.security.system", Field.STRUCTURE),
            Map.entry("Immunization.meta.security.code", Field.IDENTITY_ASSURANCE),
            Map.entry("Immunization.status", Field.STRUCTURE),
            Map.entry("Immunization.vaccineCode.coding.system", Field.STRUCTURE),
            Map.entry("Immunization.vaccineCode.coding.code", Field.VACCINE),
            Map.entry("Immunization.patient.reference", Field.STRUCTURE),
            Map.entry("Immunization.occurrenceDateTime", Field.DOSE_DATE),
            Map.entry("Immunization.performer.actor.display", Field.DOSE_PERFORMER),
            Map.entry("Immunization.lotNumber", Field.LOT_NUMBER),
            Map.entry("Observation.resourceType", Field.STRUCTURE),
            Map.entry("Observation.meta.security.system", Field.STRUCTURE),
            Map.entry("Observation.meta.security.code", Field.IDENTITY_ASSURANCE),
            Map.entry("Observation.status", Field.TEST_STATUS),
            Map.entry("Observation.code.coding.system", Field.STRUCTURE),
            Map.entry("Observation.code.coding.code", Field.TEST),
            Map.entry("Observation.subject.reference", Field.STRUCTURE),
            Map.entry("Observation.effectiveDateTime", Field.TEST_DATE),
            Map.entry("Observation.performer.display", Field.TEST_LAB),
            Map.entry("Observation.valueCodeableConcept.coding.system", Field.STRUCTURE),
            Map.entry("Observation.valueCodeableConcept.coding.code", Field.TEST_RESULT),
            Map.entry("Observation.valueString", Field.TEST_RESULT));

    private final List<CardGroup> cards = new ArrayList<>();
    private final Set<Field> fields = EnumSet.noneOf(Field.class);
    private final Set<String> unlisted = new TreeSet<>();
    private String printedName;
    private LocalDate birthDate;

    private CardContents() {
    }

    /** What the cards of this record carry; no cards (and no fields) when the record is empty. */
    public static CardContents of(HealthRecord record, IssuerSettings settings) {
        CardContents contents = new CardContents();
        record.dosesByCard().forEach((group, doses) -> contents.read(settings, group,
                FhirBundle.vaccination(record.subject(), doses)));
        record.labsByCard().forEach((group, labs) -> contents.read(settings, group,
                FhirBundle.laboratory(record.subject(), labs)));
        return contents;
    }

    /** The cards, in the order they are issued. */
    public List<CardGroup> cards() {
        return Collections.unmodifiableList(cards);
    }

    /** The fields the cards carry, in {@link Field} order. */
    public Set<Field> fields() {
        return Collections.unmodifiableSet(fields);
    }

    /** The name as a verifier's app shows it: given names, then the family name; null without cards. */
    public String printedName() {
        return printedName;
    }

    /** The date of birth the cards carry; null without cards. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** Value paths found in a card that no {@link Field} explains; empty unless cards changed. */
    public Set<String> unlisted() {
        return Collections.unmodifiableSet(unlisted);
    }

    private void read(IssuerSettings settings, CardGroup group, ObjectNode bundle) {
        byte[] claims = CredentialClaims.minifiedJson(settings.iss(), ANY_NBF,
                group.credentialTypes(settings.legacyTypes()), bundle, ANY_RID);
        JsonNode payload;
        try {
            payload = MAPPER.readTree(claims);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cards.add(group);
        walk("", payload);
        JsonNode patient = payload.at("/vc/credentialSubject/fhirBundle/entry/0/resource");
        JsonNode name = patient.path("name").path(0);
        List<String> parts = new ArrayList<>();
        name.path("given").forEach(given -> parts.add(given.asText()));
        parts.add(name.path("family").asText());
        printedName = String.join(" ", parts).strip();
        birthDate = LocalDate.parse(patient.path("birthDate").asText());
    }

    private void walk(String path, JsonNode node) {
        if (node.isArray()) {
            node.forEach(element -> walk(path, element));
        } else if (node.isObject()) {
            String prefix = node.has("resourceType") ? node.get("resourceType").asText() : path;
            node.properties().forEach(entry -> walk(join(prefix, entry.getKey()), entry.getValue()));
        } else {
            Field field = FIELDS.get(path);
            if (field == null) {
                unlisted.add(path);
            } else {
                fields.add(field);
            }
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** A kind of information a card carries, in the order a page explains them. */
    public enum Field {
        /** The person's name: family and given names. */
        NAME,
        BIRTH_DATE,
        /** The CVX code of a dose's vaccine. */
        VACCINE,
        DOSE_DATE,
        LOT_NUMBER,
        /** Who gave the dose or where, shortened to fit. */
        DOSE_PERFORMER,
        /** The LOINC code of a lab test. */
        TEST,
        TEST_RESULT,
        TEST_DATE,
        /** Whether a result is final, amended or corrected. */
        TEST_STATUS,
        TEST_LAB,
        /** How well the registry verified the person's identity. */
        IDENTITY_ASSURANCE,
        /** The issuer's URL, where verifiers fetch its public keys. */
        ISSUER,
        ISSUE_DATE,
        /** What kind of card it is (health card, immunization or laboratory, COVID-19). */
        CARD_TYPE,
        /** An id that lets the issuer revoke the card, derived from but not revealing the person's id. */
        REVOCATION_ID,
        /** FHIR structure: resource types, references, code systems, versions; nothing about the person. */
        STRUCTURE
    }
}
