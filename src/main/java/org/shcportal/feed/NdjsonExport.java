package org.shcportal.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;

import org.shcportal.cards.CardSubject;
import org.shcportal.cards.Cvx;
import org.shcportal.cards.Loinc;
import org.shcportal.feed.RegistryRecord.AddressRow;
import org.shcportal.feed.RegistryRecord.ContactRow;
import org.shcportal.feed.RegistryRecord.Dose;
import org.shcportal.feed.RegistryRecord.Guardian;
import org.shcportal.feed.RegistryRecord.Lab;
import org.shcportal.feed.RegistryRecord.Name;
import org.shcportal.feed.RegistryRecord.OtherName;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/**
 * Writes person records as FHIR R4 Bulk Data NDJSON (FHIR Bulk Data Access 2.0.0, "Bulk Data Output File
 * Organization": one resource per line, one file per type) with Jackson's streaming generator: Patient,
 * Immunization, Observation and RelatedPerson. The mapping follows HL7 V2-to-FHIR (RXA to Immunization) and is the
 * one {@link NdjsonImport} reads back; see {@link FhirTerms}.
 */
final class NdjsonExport implements Closeable {

    private final String authority;
    private final JsonFactory json = new JsonFactory();
    private final JsonGenerator patients;
    private final JsonGenerator immunizations;
    private final JsonGenerator observations;
    private final JsonGenerator relatedPersons;

    NdjsonExport(Path folder, String authority) throws IOException {
        PrivateFiles.folder(folder);
        this.authority = authority;
        this.patients = open(folder, FhirTerms.PATIENT_FILE);
        this.immunizations = open(folder, FhirTerms.IMMUNIZATION_FILE);
        this.observations = open(folder, FhirTerms.OBSERVATION_FILE);
        this.relatedPersons = open(folder, FhirTerms.RELATED_PERSON_FILE);
    }

    /** One generator per file; a line break between resources (MinimalPrettyPrinter's root separator). */
    private JsonGenerator open(Path folder, String file) throws IOException {
        Writer writer = PrivateFiles.writer(folder.resolve(file));
        return json.createGenerator(writer).setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    /** Writes one person's resources. */
    void write(RegistryRecord record) throws IOException {
        line(patients, generator -> patient(generator, record));
        for (Dose dose : record.doses()) {
            line(immunizations, generator -> immunization(generator, record.registryId(), dose));
        }
        for (Lab lab : record.labs()) {
            line(observations, generator -> observation(generator, record.registryId(), lab));
        }
        for (Guardian guardian : record.guardians()) {
            line(relatedPersons, generator -> relatedPerson(generator, record.registryId(), guardian));
        }
    }

    @FunctionalInterface
    private interface Resource {
        void write(JsonGenerator generator) throws IOException;
    }

    private static void line(JsonGenerator file, Resource resource) throws IOException {
        file.writeStartObject();
        resource.write(file);
        file.writeEndObject();
    }

    private void patient(JsonGenerator g, RegistryRecord record) throws IOException {
        g.writeStringField("resourceType", "Patient");
        g.writeStringField("id", record.registryId());
        if (record.identityAssurance() != null) {
            g.writeObjectFieldStart("meta");
            g.writeArrayFieldStart("security");
            coding(g, CardSubject.IDENTITY_ASSURANCE_SYSTEM, record.identityAssurance());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("identifier");
        registryIdentifier(g, record.registryId());
        g.writeEndArray();
        g.writeArrayFieldStart("name");
        name(g, "official", record.legal());
        for (OtherName other : record.otherNames()) {
            name(g, "ALIAS".equals(other.kind()) ? "usual" : "old", other.name());
        }
        g.writeEndArray();
        if (!record.contacts().isEmpty()) {
            g.writeArrayFieldStart("telecom");
            for (ContactRow contact : record.contacts()) {
                g.writeStartObject();
                g.writeStringField("system", "EMAIL".equals(contact.kind()) ? "email" : "phone");
                g.writeStringField("value", contact.value());
                period(g, contact.addedOn(), contact.removedOn());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeStringField("gender", FhirTerms.GENDERS.get(record.sex()));
        g.writeStringField("birthDate", record.birthDate().toString());
        if (!record.addresses().isEmpty()) {
            g.writeArrayFieldStart("address");
            for (AddressRow address : record.addresses()) {
                address(g, address);
            }
            g.writeEndArray();
        }
    }

    /** The registry id: identifier of type SR (HL7 table 0203), assigned by the registry. */
    private void registryIdentifier(JsonGenerator g, String registryId) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("type");
        g.writeArrayFieldStart("coding");
        coding(g, FhirTerms.IDENTIFIER_TYPE_SYSTEM, FhirTerms.REGISTRY_ID_TYPE);
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("value", registryId);
        assigner(g, authority);
        g.writeEndObject();
    }

    private static void name(JsonGenerator g, String use, Name name) throws IOException {
        g.writeStartObject();
        g.writeStringField("use", use);
        g.writeStringField("family", name.family());
        g.writeArrayFieldStart("given");
        g.writeString(name.given());
        if (name.middle() != null) {
            g.writeString(name.middle());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void address(JsonGenerator g, AddressRow address) throws IOException {
        g.writeStartObject();
        g.writeStringField("use", "home");
        g.writeArrayFieldStart("line");
        g.writeString(address.line1());
        if (address.line2() != null) {
            g.writeString(address.line2());
        }
        g.writeEndArray();
        g.writeStringField("city", address.city());
        g.writeStringField("state", address.state());
        g.writeStringField("postalCode", address.postalCode());
        period(g, address.addedOn(), null);
        g.writeEndObject();
    }

    private static void period(JsonGenerator g, LocalDate start, LocalDate end) throws IOException {
        g.writeObjectFieldStart("period");
        g.writeStringField("start", start.toString());
        if (end != null) {
            g.writeStringField("end", end.toString());
        }
        g.writeEndObject();
    }

    private void immunization(JsonGenerator g, String registryId, Dose dose) throws IOException {
        g.writeStringField("resourceType", "Immunization");
        g.writeStringField("id", "imm-" + dose.id());
        g.writeArrayFieldStart("identifier");
        g.writeStartObject();
        g.writeStringField("value", dose.sourceId() == null ? "IMM-" + dose.id() + "^" + authority : dose.sourceId());
        assigner(g, dose.sourceSystem());
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("status", FhirTerms.DOSE_STATUSES.get(dose.status()));
        g.writeObjectFieldStart("vaccineCode");
        g.writeArrayFieldStart("coding");
        coding(g, Cvx.SYSTEM, dose.cvx());
        g.writeEndArray();
        g.writeEndObject();
        reference(g, "patient", registryId);
        g.writeStringField("occurrenceDateTime", dose.date().toString());
        if (dose.lot() != null) {
            g.writeStringField("lotNumber", dose.lot());
        }
        if (dose.mvx() != null) {
            g.writeObjectFieldStart("manufacturer");
            g.writeObjectFieldStart("identifier");
            g.writeStringField("system", FhirTerms.MVX);
            g.writeStringField("value", dose.mvx());
            g.writeEndObject();
            g.writeEndObject();
        }
        if (dose.performer() != null) {
            g.writeArrayFieldStart("performer");
            g.writeStartObject();
            g.writeObjectFieldStart("actor");
            g.writeStringField("display", dose.performer());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private void observation(JsonGenerator g, String registryId, Lab lab) throws IOException {
        g.writeStringField("resourceType", "Observation");
        g.writeStringField("id", "lab-" + lab.id());
        g.writeArrayFieldStart("identifier");
        g.writeStartObject();
        g.writeStringField("value", "LAB-" + lab.id() + "^" + authority);
        assigner(g, lab.sourceSystem());
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("status", FhirTerms.LAB_STATUSES.get(lab.status()));
        g.writeObjectFieldStart("code");
        g.writeArrayFieldStart("coding");
        coding(g, Loinc.SYSTEM, lab.loinc());
        g.writeEndArray();
        g.writeEndObject();
        reference(g, "subject", registryId);
        g.writeStringField("effectiveDateTime", lab.date().toString());
        if (lab.performer() != null) {
            g.writeArrayFieldStart("performer");
            g.writeStartObject();
            g.writeStringField("display", lab.performer());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (lab.resultCode() != null) {
            g.writeObjectFieldStart("valueCodeableConcept");
            g.writeArrayFieldStart("coding");
            coding(g, lab.resultSystem(), lab.resultCode());
            g.writeEndArray();
            g.writeEndObject();
        } else {
            g.writeStringField("valueString", lab.resultValue());
        }
    }

    private void relatedPerson(JsonGenerator g, String minorRegistryId, Guardian guardian) throws IOException {
        g.writeStringField("resourceType", "RelatedPerson");
        g.writeStringField("id", guardian.registryId() + "." + minorRegistryId);
        g.writeArrayFieldStart("identifier");
        registryIdentifier(g, guardian.registryId());
        g.writeEndArray();
        reference(g, "patient", minorRegistryId);
        g.writeArrayFieldStart("relationship");
        g.writeStartObject();
        g.writeArrayFieldStart("coding");
        coding(g, FhirTerms.ROLE_CODE_SYSTEM, FhirTerms.RELATIONSHIPS.get(guardian.relationship()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("name");
        name(g, "official", guardian.name());
        g.writeEndArray();
    }

    private static void coding(JsonGenerator g, String system, String code) throws IOException {
        g.writeStartObject();
        g.writeStringField("system", system);
        g.writeStringField("code", code);
        g.writeEndObject();
    }

    private static void reference(JsonGenerator g, String field, String registryId) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("reference", "Patient/" + registryId);
        g.writeEndObject();
    }

    private static void assigner(JsonGenerator g, String display) throws IOException {
        g.writeObjectFieldStart("assigner");
        g.writeStringField("display", display);
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        for (JsonGenerator file : new JsonGenerator[] { patients, immunizations, observations, relatedPersons }) {
            if (file.getOutputContext().getEntryCount() > 0) {
                file.writeRaw('\n');
            }
            file.close();
        }
    }
}
