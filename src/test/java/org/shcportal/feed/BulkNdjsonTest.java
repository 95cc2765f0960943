package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.CommandRun;
import org.shcportal.fixtures.FreshSchema;
import org.shcportal.registry.Person;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** The FHIR R4 bulk NDJSON export and import: what other FHIR software reads, bad lines, loading twice. */
@QuarkusTest
class BulkNdjsonTest {

    @Inject
    CommandLine.IFactory commands;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FeedConfig config;

    @TempDir
    Path folder;

    @Test
    void everyExportedLineIsAFhirR4ResourceOfItsFilesType() throws IOException {
        Path out = folder.resolve("export");

        CommandRun export = CommandRun.of(commands, "export", "--fhir-ndjson", out.toString());

        assertThat(export.status()).as(export.err()).isZero();
        IParser parser = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        for (String type : List.of("Patient", "Immunization", "Observation", "RelatedPerson")) {
            List<String> lines = Files.readAllLines(out.resolve(type + ".ndjson"), StandardCharsets.UTF_8);
            assertThat(lines).as(type).isNotEmpty();
            for (String line : lines) {
                IBaseResource resource = parser.parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(type);
            }
        }
        assertThat(Files.getPosixFilePermissions(out.resolve("Patient.ndjson"))).as("personal data: owner only")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        long persons = QuarkusTransaction.requiringNew().call(() -> Person.count());
        assertThat(Files.readAllLines(out.resolve("Patient.ndjson"))).hasSize((int) persons);
        assertThat(export.out()).contains("Exported " + String.format("%,d", persons) + " persons");
    }

    @Test
    void aPatientWithABadBirthDateIsReportedAndSkippedAndTheOtherLinesGoIn() throws IOException {
        String first = FeedMessages.unique("BULK");
        String bad = FeedMessages.unique("BULK");
        String third = FeedMessages.unique("BULK");
        Path in = folder.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("Patient.ndjson"), patient(first, "1990-04-01") + "\n"
                + patient(bad, "1990-13-45") + "\n" + patient(third, "2001-02-03") + "\n");
        Files.writeString(in.resolve("Immunization.ndjson"), immunization(first, first + "-D1") + "\n"
                + immunization(bad, bad + "-D1") + "\n");

        CommandRun result = CommandRun.of(commands, "import", "--fhir-ndjson", in.toString());

        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("Patient.ndjson:2: birthDate is not a date; the line was skipped.",
                "Immunization.ndjson:2: the patient is not in the registry; the line was skipped.",
                "Imported 2 persons, 1 immunizations", "2 lines skipped.");
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Person.findByRegistryId(first)).isPresent();
            assertThat(Person.findByRegistryId(bad)).isEmpty();
            assertThat(Person.findByRegistryId(third)).isPresent();
        });
    }

    @Test
    void aDoseOrLabResultWithoutAStatusOrALineNotInUtf8IsReportedAndSkippedAndTheOtherLinesGoIn() throws IOException {
        String child = FeedMessages.unique("BULK");
        Path in = folder.resolve("status");
        Files.createDirectories(in);
        Files.writeString(in.resolve("Patient.ndjson"), patient(child, "2019-07-04") + "\n");
        String doses = immunization(child, child + "-D1").replace("\"status\":\"completed\",", "") + "\n"
                + immunization(child, child + "-D2") + "\n";
        // Line 3: "Clínica" in ISO 8859-1, whose í (0xED) is not UTF-8 here.
        byte[] latin1 = (immunization(child, child + "-D3").replace("EN6201", "Clínica") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(in.resolve("Immunization.ndjson"), concat(doses.getBytes(StandardCharsets.UTF_8), latin1));
        Files.writeString(in.resolve("Observation.ndjson"), """
                {"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"94558-4"}]},\
                "subject":{"reference":"Patient/%s"},"effectiveDateTime":"2021-02-17",\
                "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"260373001"}]}}
                """.formatted(child));

        CommandRun result = CommandRun.of(commands, "import", "--fhir-ndjson", in.toString());

        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains(
                "Immunization.ndjson:1: status is not completed, not-done or entered-in-error; the line was skipped.",
                "Observation.ndjson:1: status is not final, amended, corrected or entered-in-error; the line was"
                        + " skipped.",
                "Immunization.ndjson:3: not a JSON object; the line was skipped.",
                "Imported 1 persons, 1 immunizations, 0 observations", "3 lines skipped.");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void importingTheSameFilesTwiceGivesTheSameRows() throws IOException, SQLException {
        String mother = FeedMessages.unique("BULK");
        String child = FeedMessages.unique("BULK");
        Path in = folder.resolve("twice");
        Files.createDirectories(in);
        Files.writeString(in.resolve("Patient.ndjson"), patient(mother, "1985-06-01") + "\n"
                + patient(child, "2019-07-04") + "\n");
        Files.writeString(in.resolve("Immunization.ndjson"), immunization(child, child + "-D1") + "\n"
                + immunization(child, child + "-D2") + "\n");
        Files.writeString(in.resolve("Observation.ndjson"), """
                {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org",\
                "code":"94558-4"}]},"subject":{"reference":"Patient/%s"},"effectiveDateTime":"2021-02-17",\
                "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"260373001"}]}}
                """.formatted(child));
        Files.writeString(in.resolve("RelatedPerson.ndjson"), """
                {"resourceType":"RelatedPerson","identifier":[{"type":{"coding":[{"system":\
                "http://terminology.hl7.org/CodeSystem/v2-0203","code":"SR"}]},"value":"%s"}],\
                "patient":{"reference":"Patient/%s"},"relationship":[{"coding":[{"system":\
                "http://terminology.hl7.org/CodeSystem/v3-RoleCode","code":"MTH"}]}]}
                """.formatted(mother, child));

        CommandRun once = CommandRun.of(commands, "import", "--fhir-ndjson", in.toString());
        List<String> afterOnce = rowsOf(mother, child);
        CommandRun twice = CommandRun.of(commands, "import", "--fhir-ndjson", in.toString());

        assertThat(once.status()).as(once.out()).isZero();
        assertThat(twice.status()).as(twice.out()).isZero();
        assertThat(afterOnce).contains("person " + mother + " Bulkperson 1985-06-01",
                "person " + child + " Bulkperson 2019-07-04", "name " + child + " ALIAS Kid",
                "contact " + child + " PHONE +15055550142 2020-01-01 2022-05-01", "address " + child + " 87501",
                "dose " + child + " " + child + "-D1 COMPLETED", "dose " + child + " " + child + "-D2 COMPLETED",
                "lab " + child + " 94558-4 260373001", "guardian " + child + " " + mother + " MOTHER");
        assertThat(rowsOf(mother, child)).isEqualTo(afterOnce);
    }

    @Test
    void bothSourcesOrNoneAreUsageErrors() {
        CommandRun both = CommandRun.of(commands, "import", "--hl7", "a.hl7", "--fhir-ndjson", "dir");
        CommandRun none = CommandRun.of(commands, "export");

        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required argument");
    }

    @Test
    void intoAnEmptyRegistryTheFilesLoadInOneGoAndGiveTheSameRegistryAsTheMerge() throws Exception {
        String mother = FeedMessages.unique("BULK");
        String child = FeedMessages.unique("BULK");
        String bad = FeedMessages.unique("BULK");
        Path in = folder.resolve("empty");
        writeFamily(in, mother, child, bad);

        CommandRun merged = CommandRun.of(commands, "import", "--fhir-ndjson", in.toString());
        List<String> mergedRows = rowsOf(mother, child);

        assertThat(merged.out()).doesNotContain("The registry is empty");
        try (FreshSchema registry = FreshSchema.migrated("ndjson_empty_check")) {
            List<String> migrated = registry.catalog();
            StringWriter out = new StringWriter();

            NdjsonImport.Counts counts = new NdjsonImport(registry.connection(), config.assigningAuthority(),
                    new PrintWriter(out, true)).load(in);

            assertThat(out.toString()).contains("The registry is empty: loading it in one transaction",
                    "Patient.ndjson:2: birthDate is not a date; the line was skipped.",
                    "Immunization.ndjson:3: the patient is not in the registry; the line was skipped.");
            assertThat(counts.skipped).isEqualTo(2);
            assertThat(counts.persons).isEqualTo(2);
            assertThat(counts.immunizations).isEqualTo(2);
            assertThat(rows(registry.connection(), child)).contains("dose " + child + " " + child
                    + "-D1 ENTERED_IN_ERROR");
            assertThat(rows(registry.connection(), mother, child)).isEqualTo(mergedRows).hasSize(15);
            assertThat(registry.catalog()).isEqualTo(migrated);
        }
    }

    @Test
    void intoAnEmptyRegistryAPersonNamedTwiceKeepsTheLaterLineAndEachDoseGoesToItsOwnPerson() throws Exception {
        String mother = FeedMessages.unique("BULK");
        String child = FeedMessages.unique("BULK");
        Path in = folder.resolve("twice");
        Files.createDirectories(in);
        Files.writeString(in.resolve("Patient.ndjson"), patient(mother, "1985-06-01") + "\n"
                + patient(child, "2019-07-04") + "\n" + patient(mother, "1985-06-02") + "\n");
        Files.writeString(in.resolve("Immunization.ndjson"),
                immunization(mother, mother + "-D1") + "\n" + immunization(child, child + "-D1") + "\n");
        try (FreshSchema registry = FreshSchema.migrated("ndjson_twice")) {
            // Persons were stored and deleted before: the empty registry's ids go on from 41.
            registry.query("SELECT setval(pg_get_serial_sequence('person', 'id'), 40)");

            new NdjsonImport(registry.connection(), config.assigningAuthority(),
                    new PrintWriter(new StringWriter(), true)).load(in);

            assertThat(rows(registry.connection(), mother, child)).contains(
                    "person " + mother + " Bulkperson 1985-06-02", "dose " + mother + " " + mother + "-D1 COMPLETED",
                    "dose " + child + " " + child + "-D1 COMPLETED")
                    .doesNotContain("person " + mother + " Bulkperson 1985-06-01");
            assertThat(registry.query(
                    "SELECT min(id) || ' ' || nextval(pg_get_serial_sequence('person', 'id')) FROM person"))
                    .containsExactly("41 43");
        }
    }

    private static void writeFamily(Path in, String mother, String child, String bad) throws IOException {
        Files.createDirectories(in);
        Files.writeString(in.resolve("Patient.ndjson"), patient(mother, "1985-06-01") + "\n"
                + patient(bad, "1990-13-45") + "\n" + patient(child, "2019-07-04") + "\n");
        // The last line of a dose (its source and id) wins: D1 was entered in error.
        Files.writeString(in.resolve("Immunization.ndjson"), immunization(child, child + "-D1") + "\n"
                + immunization(child, child + "-D2") + "\n" + immunization(bad, bad + "-D1") + "\n"
                + immunization(child, child + "-D1").replace("completed", "entered-in-error") + "\n");
        String test = """
                {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org",\
                "code":"94558-4"}]},"subject":{"reference":"Patient/%s"},"effectiveDateTime":"2021-02-17",\
                "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"%s"}]}}
                """;
        // Two tests of the same kind on the same day: the registry keeps both.
        Files.writeString(in.resolve("Observation.ndjson"), test.formatted(child, "260373001")
                + test.formatted(child, "260415000"));
        Files.writeString(in.resolve("RelatedPerson.ndjson"), """
                {"resourceType":"RelatedPerson","identifier":[{"type":{"coding":[{"system":\
                "http://terminology.hl7.org/CodeSystem/v2-0203","code":"SR"}]},"value":"%s"}],\
                "patient":{"reference":"Patient/%s"},"relationship":[{"coding":[{"system":\
                "http://terminology.hl7.org/CodeSystem/v3-RoleCode","code":"MTH"}]}]}
                """.formatted(mother, child));
    }

    /** Every row the tests' registry holds for the persons, ids left out. */
    private List<String> rowsOf(String... registryIds) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, registryIds);
        }
    }

    /** Every row the registry of the connection's schema holds for the persons, ids left out. */
    private static List<String> rows(Connection connection, String... registryIds) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT 'person ' || registry_id || ' ' || family_name || ' ' || birth_date FROM person
                    WHERE registry_id = ANY (?)
                UNION ALL SELECT 'name ' || p.registry_id || ' ' || n.kind || ' ' || n.given_name FROM person_name n
                    JOIN person p ON p.id = n.person_id WHERE p.registry_id = ANY (?)
                UNION ALL SELECT 'contact ' || p.registry_id || ' ' || c.kind || ' ' || c.value || ' ' || c.added_on
                    || coalesce(' ' || c.removed_on, '') FROM contact c JOIN person p ON p.id = c.person_id
                    WHERE p.registry_id = ANY (?)
                UNION ALL SELECT 'address ' || p.registry_id || ' ' || a.postal_code FROM address a
                    JOIN person p ON p.id = a.person_id WHERE p.registry_id = ANY (?)
                UNION ALL SELECT 'dose ' || p.registry_id || ' ' || i.source_id || ' ' || i.status FROM immunization i
                    JOIN person p ON p.id = i.person_id WHERE p.registry_id = ANY (?)
                UNION ALL SELECT 'lab ' || p.registry_id || ' ' || l.loinc_code || ' ' || l.result_code
                    FROM lab_result l JOIN person p ON p.id = l.person_id WHERE p.registry_id = ANY (?)
                UNION ALL SELECT 'guardian ' || m.registry_id || ' ' || g.registry_id || ' ' || l.relationship
                    FROM guardian_link l JOIN person g ON g.id = l.guardian_id JOIN person m ON m.id = l.minor_id
                    WHERE m.registry_id = ANY (?)
                ORDER BY 1""")) {
            Array ids = connection.createArrayOf("text", registryIds);
            for (int i = 1; i <= 7; i++) {
                query.setArray(i, ids);
            }
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }

    private static String patient(String registryId, String birthDate) {
        return """
                {"resourceType":"Patient","id":"%1$s","identifier":[{"type":{"coding":[{"system":\
                "http://terminology.hl7.org/CodeSystem/v2-0203","code":"SR"}]},"value":"%1$s"}],"name":[{"use":\
                "official","family":"Bulkperson","given":["Robin","Lee"]},{"use":"usual","family":"Bulkperson",\
                "given":["Kid"]}],"telecom":[{"system":"phone","value":"+15055550142","period":{"start":\
                "2020-01-01","end":"2022-05-01"}},{"system":"email","value":"robin@example.org","period":{"start":\
                "2022-05-01"}}],"gender":"female","birthDate":"%2$s","address":[{"line":["1 Calle del Sol"],\
                "city":"Santa Fe","state":"NM","postalCode":"87501","period":{"start":"2020-01-01"}}]}"""
                .formatted(registryId, birthDate);
    }

    private static String immunization(String registryId, String doseId) {
        return """
                {"resourceType":"Immunization","identifier":[{"value":"%2$s","assigner":{"display":"TESTCLINIC"}}],\
                "status":"completed","vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"208"}]},\
                "patient":{"reference":"Patient/%1$s"},"occurrenceDateTime":"2021-03-02","lotNumber":"EN6201"}"""
                .formatted(registryId, doseId);
    }
}
