package org.shcportal.feed;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.shcportal.cards.CardSubject;
import org.shcportal.cards.Cvx;
import org.shcportal.cards.Loinc;
import org.shcportal.database.CopyTable;
import org.shcportal.registry.Contact;
import org.shcportal.signin.ContactAddress;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one FHIR R4 resource of a bulk NDJSON file (the mapping {@link NdjsonExport} writes, after HL7 V2-to-FHIR)
 * into rows of the staging tables, checking what the registry tables require: a resource that does not fit is a
 * {@link BadLine} with the reason, and adds no row at all.
 */
final class BulkRows {

    /** ITU-T E.164: a plus sign and up to 15 digits; the registry stores phones so. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** FHIR R4 date (section 2.24.0.1 "date"): YYYY-MM-DD for a full date. */
    private static final int FULL_DATE_LENGTH = 10;
    private static final Map<String, String> SEXES = FhirTerms.reversed(FhirTerms.GENDERS);
    private static final Map<String, String> DOSE_STATUSES = FhirTerms.reversed(FhirTerms.DOSE_STATUSES);
    private static final Map<String, String> LAB_STATUSES = FhirTerms.reversed(FhirTerms.LAB_STATUSES);

    /** A line that cannot be loaded, and why (no personal data in the reason). */
    static final class BadLine extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadLine(String reason) {
            super(reason, null, false, false);
        }
    }

    final CopyTable persons = new CopyTable("bulk_person", "ord", "registry_id", "family_name", "given_name",
            "middle_name", "birth_date", "sex", "identity_assurance");
    final CopyTable names = new CopyTable("bulk_name", "ord", "registry_id", "kind", "family_name", "given_name",
            "middle_name");
    final CopyTable contacts = new CopyTable("bulk_contact", "ord", "registry_id", "kind", "value", "added_on",
            "removed_on");
    final CopyTable addresses = new CopyTable("bulk_address", "ord", "registry_id", "line1", "line2", "city",
            "state", "postal_code", "added_on");
    final CopyTable doses = new CopyTable("bulk_dose", "ord", "line", "registry_id", "source_system", "source_id",
            "cvx_code", "occurrence_date", "lot_number", "mvx_code", "performer_name", "status");
    final CopyTable labs = new CopyTable("bulk_lab", "ord", "line", "registry_id", "source_system", "loinc_code",
            "effective_date", "result_system", "result_code", "result_value", "performer_name", "status");
    final CopyTable links = new CopyTable("bulk_link", "ord", "line", "guardian_registry_id", "minor_registry_id",
            "relationship");

    private final String authority;
    /** Patient resource ids that are not the registry id, to their registry id. */
    private final Map<String, String> registryIds = new HashMap<>();
    private long ord;
    /**
     * The registry ids of the persons read, until {@link #forgetPersons}, in the order of each one's latest line: a
     * registry id read again is put last.
     */
    private final Set<String> latestPersons = new LinkedHashSet<>();

    BulkRows(String authority) {
        this.authority = authority;
    }

    void patient(JsonNode patient, long line) {
        add(patient(patient));
    }

    /**
     * A Patient line read on its own, without the rows it makes: safe on several threads. A line whose registry id
     * is read and whose other fields are not still names its Patient resource id, which the later files may use.
     */
    record PatientLine(String resourceId, String registryId, Person person, String reason) {

        /** A line that names no registry id, or is not JSON. */
        static PatientLine bad(String reason) {
            return new PatientLine(null, null, null, reason);
        }
    }

    /** A person the registry can store, with the names, contacts and addresses of the rows it makes. */
    record Person(String[] legal, LocalDate birthDate, String sex, String assurance, List<Object[]> otherNames,
            List<Object[]> telecoms, List<Object[]> places) {
    }

    /** Reads a Patient line, checking it; a line that names no registry id throws {@link BadLine}. */
    static PatientLine patient(JsonNode patient) {
        type(patient, "Patient");
        String registryId = registryId(patient.path("identifier"), "identifier");
        String resourceId = text(patient, "id");
        try {
            return new PatientLine(resourceId, registryId, person(patient), null);
        } catch (BadLine e) {
            return new PatientLine(resourceId, registryId, null, e.getMessage());
        }
    }

    private static Person person(JsonNode patient) {
        String sex = patient.has("gender") ? term(SEXES, text(patient, "gender")) : "U";
        if (sex == null) {
            throw new BadLine("gender is not male, female, other or unknown");
        }
        LocalDate birthDate = fullDate(text(patient, "birthDate"), "birthDate");
        String assurance = assurance(patient);
        List<Object[]> otherNames = new ArrayList<>();
        String[] legal = null;
        for (JsonNode name : patient.path("name")) {
            String use = text(name, "use");
            if (legal == null && (use == null || "official".equals(use))) {
                legal = name(name);
            } else if ("old".equals(use) || "maiden".equals(use) || "usual".equals(use) || "nickname".equals(use)) {
                otherNames.add(new Object[] { "usual".equals(use) || "nickname".equals(use) ? "ALIAS" : "PREVIOUS",
                        name(name) });
            }
        }
        if (legal == null) {
            throw new BadLine("no official name");
        }
        return new Person(legal, birthDate, sex, assurance, otherNames, telecoms(patient.path("telecom")),
                addresses(patient.path("address")));
    }

    /**
     * Takes a Patient line read by {@link #patient(JsonNode)}, in the file's order: remembers its resource id, and
     * stages its rows; a line that cannot be stored throws {@link BadLine} then.
     */
    void add(PatientLine line) {
        if (line.resourceId() != null && !line.resourceId().equals(line.registryId())) {
            registryIds.put(line.resourceId(), line.registryId());
        }
        if (line.person() == null) {
            throw new BadLine(line.reason());
        }
        Person person = line.person();
        String registryId = line.registryId();
        String[] legal = person.legal();
        long at = ++ord;
        latestPersons.remove(registryId);
        latestPersons.add(registryId);
        persons.row(at, registryId, legal[0], legal[1], legal[2], person.birthDate(), person.sex(),
                person.assurance());
        for (Object[] other : person.otherNames()) {
            String[] name = (String[]) other[1];
            names.row(++ord, registryId, other[0], name[0], name[1], name[2]);
        }
        for (Object[] telecom : person.telecoms()) {
            contacts.row(++ord, registryId, telecom[0], telecom[1], telecom[2], telecom[3]);
        }
        for (Object[] place : person.places()) {
            addresses.row(++ord, registryId, place[0], place[1], place[2], place[3], place[4], place[5]);
        }
    }

    /**
     * The person ids of the persons read so far, by registry id, when they are stored from {@code firstId} on in the
     * order of each one's latest line ({@link BulkSql#LOAD_PERSONS}): the doses of a load into an empty registry
     * name their person by id before the persons are stored.
     */
    Map<String, Long> personIds(long firstId) {
        Map<String, Long> ids = new HashMap<>(2 * latestPersons.size());
        long id = firstId;
        for (String registryId : latestPersons) {
            ids.put(registryId, id++);
        }
        return ids;
    }

    /** Forgets the persons read so far, once they are stored by a merge. */
    void forgetPersons() {
        latestPersons.clear();
    }

    /** A dose the registry can store, read from an Immunization line. */
    record Dose(String registryId, String sourceSystem, String sourceId, String cvx, String occurrenceDate,
            String lotNumber, String manufacturer, String performer, String status) {
    }

    /** Stages the dose of an Immunization line. */
    void immunization(ImmunizationLine line, long number) {
        Dose dose = dose(line);
        doses.row(++ord, number, dose.registryId(), dose.sourceSystem(), dose.sourceId(), dose.cvx(),
                dose.occurrenceDate(), dose.lotNumber(), dose.manufacturer(), dose.performer(), dose.status());
    }

    /** Rows of the registry's immunization table, for a load into an empty registry to COPY doses straight in. */
    static CopyTable registryDoses() {
        return new CopyTable("immunization", "id", "person_id", "cvx_code", "occurrence_date", "lot_number", "mvx_code",
                "performer_name", "status", "source_system", "source_id");
    }

    /**
     * Writes the dose of an Immunization line as a row of {@link #registryDoses} with the id {@code id}, its person
     * found by registry id. Safe on several threads once the Patient file is read.
     */
    void registryDose(ImmunizationLine line, long id, Map<String, Long> personIds, CopyTable registryDoses) {
        Dose dose = dose(line);
        Long personId = personIds.get(dose.registryId());
        if (personId == null) {
            throw new BadLine("the patient is not in the registry");
        }
        registryDoses.row(id, personId, dose.cvx(), dose.occurrenceDate(), dose.lotNumber(), dose.manufacturer(),
                dose.performer(), dose.status(), dose.sourceSystem(), dose.sourceId());
    }

    /** The dose of an Immunization line, checked in the order the line's fields are named below. */
    Dose dose(ImmunizationLine line) {
        if (!line.object || !"Immunization".equals(line.resourceType)) {
            throw new BadLine("not a Immunization resource");
        }
        String registryId = patientOf(line.patientReference, "patient");
        String sourceId = limited(line.identifierValue, 200, "identifier.value");
        if (sourceId == null) {
            throw new BadLine("no identifier: a dose without one could not be told apart on a second load");
        }
        String status = term(DOSE_STATUSES, line.status);
        if (status == null) {
            throw new BadLine("status is not completed, not-done or entered-in-error");
        }
        String cvx = line.cvx;
        if (cvx == null || !Cvx.CODE.matcher(cvx).matches()) {
            throw new BadLine("vaccineCode has no CVX code (" + Cvx.SYSTEM + ", 1 to 4 digits)");
        }
        dateTime(line.occurrenceDateTime, "occurrenceDateTime");
        // The day as checked: YYYY-MM-DD, as LocalDate writes a date of a four-digit year.
        String date = line.occurrenceDateTime.substring(0, FULL_DATE_LENGTH);
        String mvx = limited(line.manufacturer, 4, "manufacturer.identifier.value");
        String source = source(line.assigner, line.identifierSystem);
        return new Dose(registryId, source, sourceId, cvx, date, limited(line.lotNumber, 40, "lotNumber"), mvx,
                limited(line.performer, 200, "performer.actor.display"), status);
    }

    void observation(JsonNode result, long line) {
        type(result, "Observation");
        String registryId = patientOf(result.path("subject"), "subject");
        String status = term(LAB_STATUSES, text(result, "status"));
        if (status == null) {
            throw new BadLine("status is not final, amended, corrected or entered-in-error");
        }
        String loinc = limited(code(result.path("code"), Loinc.SYSTEM), 10, "code");
        if (loinc == null) {
            throw new BadLine("code has no LOINC code (" + Loinc.SYSTEM + ")");
        }
        LocalDate date = dateTime(text(result, "effectiveDateTime"), "effectiveDateTime");
        JsonNode coding = result.path("valueCodeableConcept").path("coding").path(0);
        String system = limited(text(coding, "system"), 100, "valueCodeableConcept.coding.system");
        String code = limited(text(coding, "code"), 20, "valueCodeableConcept.coding.code");
        String value = limited(text(result, "valueString"), 100, "valueString");
        if ((system == null || code == null) && value == null) {
            throw new BadLine("no result: neither valueCodeableConcept (system and code) nor valueString");
        }
        boolean coded = system != null && code != null;
        labs.row(++ord, line, registryId, source(result.path("identifier").path(0)), loinc, date,
                coded ? system : null, coded ? code : null, value,
                limited(text(result.path("performer").path(0), "display"), 200, "performer.display"), status);
    }

    void relatedPerson(JsonNode related, long line) {
        type(related, "RelatedPerson");
        String minor = patientOf(related.path("patient"), "patient");
        String guardian = registryId(related.path("identifier"), "identifier");
        String relationship = null;
        for (JsonNode concept : related.path("relationship")) {
            String code = code(concept, FhirTerms.ROLE_CODE_SYSTEM);
            if (code != null && FhirTerms.RELATIONSHIPS_READ.containsKey(code)) {
                relationship = FhirTerms.RELATIONSHIPS_READ.get(code);
                break;
            }
        }
        if (relationship == null) {
            throw new BadLine("relationship is not MTH, FTH, PRN or GUARD (" + FhirTerms.ROLE_CODE_SYSTEM + ")");
        }
        links.row(++ord, line, guardian, minor, relationship);
    }

    private static void type(JsonNode resource, String type) {
        if (!resource.isObject() || !type.equals(text(resource, "resourceType"))) {
            throw new BadLine("not a " + type + " resource");
        }
    }

    /** The identifier of type SR (HL7 table 0203): the registry id. */
    private static String registryId(JsonNode identifiers, String field) {
        for (JsonNode identifier : identifiers) {
            if (FhirTerms.REGISTRY_ID_TYPE.equals(code(identifier.path("type"), FhirTerms.IDENTIFIER_TYPE_SYSTEM))) {
                String id = limited(text(identifier, "value"), 32, field + ".value");
                if (id != null) {
                    return id;
                }
            }
        }
        throw new BadLine(field + " has no registry id (type " + FhirTerms.REGISTRY_ID_TYPE + ")");
    }

    /** A reference {@code Patient/<id>}: the registry id of that Patient. */
    private String patientOf(JsonNode reference, String field) {
        return patientOf(text(reference, "reference"), field);
    }

    private String patientOf(String text, String field) {
        if (text == null || !text.startsWith("Patient/") || text.length() == "Patient/".length()) {
            throw new BadLine(field + " is not a reference to a Patient");
        }
        String id = text.substring("Patient/".length());
        return registryIds.getOrDefault(id, id);
    }

    /** The source system: the identifier's assigner, else its system, else the registry. */
    private String source(JsonNode identifier) {
        return source(text(identifier.path("assigner"), "display"), text(identifier, "system"));
    }

    private String source(String assigner, String identifierSystem) {
        String system = assigner != null ? assigner : identifierSystem;
        return limited(system == null ? authority : system, 100, "identifier.assigner.display");
    }

    private static String assurance(JsonNode patient) {
        for (JsonNode label : patient.path("meta").path("security")) {
            if (CardSubject.IDENTITY_ASSURANCE_SYSTEM.equals(text(label, "system"))) {
                return limited(text(label, "code"), 16, "meta.security.code");
            }
        }
        return null;
    }

    /** Family, first given, and the other given names as the middle name. */
    private static String[] name(JsonNode name) {
        String family = limited(text(name, "family"), 100, "name.family");
        List<String> given = new ArrayList<>();
        name.path("given").forEach(part -> {
            if (!part.asText("").isBlank()) {
                given.add(part.asText().strip());
            }
        });
        if (family == null || given.isEmpty()) {
            throw new BadLine("a name without a family and a given name");
        }
        String middle = given.size() > 1 ? String.join(" ", given.subList(1, given.size())) : null;
        return new String[] { family, limited(given.get(0), 100, "name.given"), limited(middle, 100, "name.given") };
    }

    private static List<Object[]> telecoms(JsonNode telecoms) {
        List<Object[]> rows = new ArrayList<>();
        for (JsonNode telecom : telecoms) {
            String system = text(telecom, "system");
            if (!"phone".equals(system) && !"email".equals(system)) {
                continue;
            }
            String value = text(telecom, "value");
            Optional<ContactAddress> contact = "phone".equals(system) && value != null && E164.matcher(value).matches()
                    ? Optional.of(new ContactAddress(Contact.Kind.PHONE, value))
                    : ContactAddress.parse(value);
            if (contact.isEmpty() || !contact.get().kind().name().equalsIgnoreCase(system)) {
                throw new BadLine("a telecom " + system + " that is not valid");
            }
            LocalDate start = fullDate(text(telecom.path("period"), "start"), "telecom.period.start");
            String endText = text(telecom.path("period"), "end");
            LocalDate end = endText == null ? null : fullDate(endText, "telecom.period.end");
            if (end != null && end.isBefore(start)) {
                throw new BadLine("a telecom period that ends before it starts");
            }
            rows.add(new Object[] { contact.get().kind().name(), contact.get().value(), start, end });
        }
        return rows;
    }

    private static List<Object[]> addresses(JsonNode addresses) {
        List<Object[]> rows = new ArrayList<>();
        for (JsonNode address : addresses) {
            String line1 = limited(text(address.path("line").path(0)), 200, "address.line");
            String line2 = limited(text(address.path("line").path(1)), 200, "address.line");
            String city = limited(text(address, "city"), 100, "address.city");
            String state = text(address, "state");
            String postalCode = limited(text(address, "postalCode"), 10, "address.postalCode");
            // USPS: a state is two letters.
            if (line1 == null || city == null || state == null || state.length() != 2 || postalCode == null) {
                throw new BadLine("an address without a line, city, two-letter state and postal code");
            }
            rows.add(new Object[] { line1, line2, city, state, postalCode,
                    fullDate(text(address.path("period"), "start"), "address.period.start") });
        }
        return rows;
    }

    /** The registry's term for a FHIR code; none for a code that is missing or unknown. */
    private static String term(Map<String, String> terms, String code) {
        return code == null ? null : terms.get(code);
    }

    /** The code of the first coding of {@code system} in a CodeableConcept. */
    private static String code(JsonNode concept, String system) {
        for (JsonNode coding : concept.path("coding")) {
            if (system.equals(text(coding, "system"))) {
                return text(coding, "code");
            }
        }
        return null;
    }

    private static LocalDate fullDate(String text, String field) {
        if (text == null || text.length() != FULL_DATE_LENGTH) {
            throw new BadLine(field + " is not a full date (YYYY-MM-DD)");
        }
        return parse(text, field);
    }

    /** A FHIR dateTime's day (its first 10 characters); a partial date is not enough. */
    private static LocalDate dateTime(String text, String field) {
        if (text == null || text.length() < FULL_DATE_LENGTH) {
            throw new BadLine(field + " is not a full date or date and time");
        }
        return parse(text.substring(0, FULL_DATE_LENGTH), field);
    }

    /**
     * A date of {@link #FULL_DATE_LENGTH} characters, read as {@link LocalDate#parse} reads one of that length (ISO
     * 8601 YYYY-MM-DD, ASCII digits, a day the month has) without its formatter, which was among the import's hottest
     * methods (measured: JFR, 100,000 persons).
     */
    private static LocalDate parse(String text, String field) {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || day > Month.of(month).length(Year.isLeap(year))) {
            throw new BadLine(field + " is not a date");
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written by {@code count} ASCII digits from {@code from}; -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static String limited(String value, int length, String field) {
        if (value != null && value.length() > length) {
            throw new BadLine(field + " is longer than " + length + " characters");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return text(node.path(field));
    }

    private static String text(JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }
}
