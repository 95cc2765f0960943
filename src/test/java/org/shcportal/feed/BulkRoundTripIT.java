package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.cards.CardBundles;
import org.shcportal.cards.CardSubject;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.LabObservation;
import org.shcportal.cards.VaccineDose;
import org.shcportal.database.EmbeddedDatabase;

/**
 * The demo registry (fixed demo persons and generated ones) exported by the packaged jar as HL7 v2.5.1 and as FHIR
 * bulk NDJSON, each imported into an empty embedded database: the same persons, names, contacts, addresses,
 * guardian links, doses, lab results and card bundles come back. What HL7 cannot carry is compared as the feed
 * reads it: the current contacts and address (a VXU has no removed ones), the guardians of minors (the feed links
 * guardians of minors only). Doses are compared by content, not by their source system.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkRoundTripIT {

    static final Path JAR = Path.of(System.getProperty("portal.jar", "target/quarkus-app/quarkus-run.jar"));
    static final Duration TIMEOUT = Duration.ofSeconds(600);
    /** The embedded database's binaries, where the jar unpacks them (EmbeddedDefault). */
    static final Path BINARIES = Path.of(System.getProperty("user.home"), ".cache", "shc-portal", "pg-bin");

    @TempDir
    static Path folder;

    private Map<String, Map<String, String>> original;
    private Map<String, Map<String, String>> fromHl7;
    private Map<String, Map<String, String>> fromNdjson;
    private String hl7Output;
    private String ndjsonOutput;

    @BeforeAll
    void exportAndImport() throws Exception {
        Path source = folder.resolve("source").resolve("pg");
        Path hl7 = folder.resolve("registry.hl7");
        Path ndjson = folder.resolve("ndjson");
        Finished exportedHl7 = run(source, true, "export", "--hl7", hl7.toString());
        assertThat(exportedHl7.status()).as(exportedHl7.output()).isZero();
        Finished exportedNdjson = run(source, true, "export", "--fhir-ndjson", ndjson.toString());
        assertThat(exportedNdjson.status()).as(exportedNdjson.output()).isZero();

        Path viaHl7 = folder.resolve("via-hl7").resolve("pg");
        Path viaNdjson = folder.resolve("via-ndjson").resolve("pg");
        Process hl7Import = start(viaHl7, false, folder.resolve("hl7-import.log"), "import", "--hl7", hl7.toString());
        Process ndjsonImport = start(viaNdjson, false, folder.resolve("ndjson-import.log"), "import",
                "--fhir-ndjson", ndjson.toString());
        finish(hl7Import);
        finish(ndjsonImport);
        hl7Output = Files.readString(folder.resolve("hl7-import.log"));
        ndjsonOutput = Files.readString(folder.resolve("ndjson-import.log"));
        assertThat(ndjsonImport.exitValue()).as(ndjsonOutput).isZero();

        original = snapshot(source);
        fromHl7 = snapshot(viaHl7);
        fromNdjson = snapshot(viaNdjson);
        assertThat(original.get("persons")).hasSizeGreaterThan(1_000);
    }

    @Test
    void theNdjsonRoundTripGivesTheSameRegistryAndCards() {
        assertThat(ndjsonOutput).contains("0 lines skipped");
        for (String aspect : List.of("persons", "names", "contacts", "addresses", "guardians", "doses", "labs",
                "vaccination cards", "lab cards")) {
            assertSame(aspect, original, fromNdjson);
        }
    }

    @Test
    void theHl7RoundTripGivesTheSamePersonsContactsGuardiansDosesAndVaccinationCards() {
        assertThat(hl7Output).containsPattern("([0-9]+) messages: \\1 accepted \\(0 with warnings\\), 0 rejected\\.");
        for (String aspect : List.of("persons", "names", "current contacts", "current address", "guardians of minors",
                "doses", "vaccination cards")) {
            assertSame(aspect, original, fromHl7);
        }
    }

    /** Lab results travel as ORU^R01 messages, one per result. */
    @Test
    void theHl7RoundTripGivesTheSameLabResultsAndLabCards() {
        assertSame("labs", original, fromHl7);
        assertSame("lab cards", original, fromHl7);
    }

    private static void assertSame(String aspect, Map<String, Map<String, String>> expected,
            Map<String, Map<String, String>> actual) {
        Map<String, String> want = expected.get(aspect);
        Map<String, String> got = actual.get(aspect);
        List<String> different = new ArrayList<>();
        for (String id : union(want, got)) {
            if (!Objects.equals(want.get(id), got.get(id))) {
                different.add(id + "\n  expected " + want.get(id) + "\n  but was  " + got.get(id));
            }
        }
        assertThat(different).as(aspect + ": " + different.size() + " persons differ, e.g.\n"
                + (different.isEmpty() ? "" : different.get(0))).isEmpty();
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        b.keySet().forEach(key -> all.putIfAbsent(key, ""));
        return new ArrayList<>(all.keySet());
    }

    /** Each aspect of the registry in the database at {@code dataDir}, by registry id, as comparable text. */
    private static Map<String, Map<String, String>> snapshot(Path dataDir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, BINARIES, freePort());
                Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), "")) {
            Map<String, Map<String, String>> aspects = new HashMap<>();
            aspects.put("persons", rows(connection, """
                    SELECT registry_id, family_name, given_name, middle_name, birth_date, sex, identity_assurance
                    FROM person ORDER BY id"""));
            aspects.put("names", rows(connection, """
                    SELECT p.registry_id, n.kind, n.family_name, n.given_name, n.middle_name
                    FROM person_name n JOIN person p ON p.id = n.person_id ORDER BY n.id"""));
            aspects.put("contacts", rows(connection, """
                    SELECT p.registry_id, c.kind, c.value, c.added_on, c.removed_on
                    FROM contact c JOIN person p ON p.id = c.person_id ORDER BY c.id"""));
            aspects.put("current contacts", rows(connection, """
                    SELECT p.registry_id, c.kind, c.value FROM contact c JOIN person p ON p.id = c.person_id
                    WHERE c.removed_on IS NULL ORDER BY p.registry_id, c.kind, c.value"""));
            aspects.put("addresses", rows(connection, """
                    SELECT p.registry_id, a.line1, a.line2, a.city, a.state, a.postal_code, a.added_on
                    FROM address a JOIN person p ON p.id = a.person_id ORDER BY a.added_on, a.id"""));
            aspects.put("current address", rows(connection, """
                    SELECT DISTINCT ON (p.registry_id) p.registry_id, a.line1, a.line2, a.city, a.state, a.postal_code
                    FROM address a JOIN person p ON p.id = a.person_id
                    ORDER BY p.registry_id, a.added_on DESC, a.id DESC"""));
            aspects.put("guardians", rows(connection, """
                    SELECT m.registry_id, g.registry_id, l.relationship FROM guardian_link l
                    JOIN person g ON g.id = l.guardian_id JOIN person m ON m.id = l.minor_id ORDER BY l.id"""));
            aspects.put("guardians of minors", rows(connection, """
                    SELECT m.registry_id, g.registry_id, l.relationship FROM guardian_link l
                    JOIN person g ON g.id = l.guardian_id JOIN person m ON m.id = l.minor_id
                    WHERE m.birth_date > current_date - interval '18 years' ORDER BY m.registry_id, g.registry_id"""));
            aspects.put("doses", rows(connection, """
                    SELECT p.registry_id, i.cvx_code, i.occurrence_date, i.lot_number, i.mvx_code, i.performer_name,
                           i.status
                    FROM immunization i JOIN person p ON p.id = i.person_id ORDER BY i.id"""));
            aspects.put("labs", rows(connection, """
                    SELECT p.registry_id, l.loinc_code, l.effective_date, l.result_system, l.result_code,
                           l.result_value, l.performer_name, l.status
                    FROM lab_result l JOIN person p ON p.id = l.person_id ORDER BY l.id"""));
            cards(connection, aspects);
            return aspects;
        }
    }

    /** Each person's card bundles, from the rows the issuance reads (PersonRecords: what goes on a card). */
    private static void cards(Connection connection, Map<String, Map<String, String>> aspects) throws SQLException {
        Map<String, List<VaccineDose>> doses = new HashMap<>();
        query(connection, """
                SELECT p.registry_id, i.cvx_code, i.occurrence_date, i.lot_number, i.performer_name
                FROM immunization i JOIN person p ON p.id = i.person_id WHERE i.status = 'COMPLETED'
                ORDER BY i.occurrence_date, i.id""", row -> doses.computeIfAbsent(row.getString(1),
                id -> new ArrayList<>()).add(
                        new VaccineDose(row.getString(2), row.getObject(3, LocalDate.class),
                                row.getString(4), row.getString(5))));
        Map<String, List<LabObservation>> labs = new HashMap<>();
        query(connection, """
                SELECT p.registry_id, l.loinc_code, l.effective_date, lower(l.status), l.result_system,
                       l.result_code, l.result_value, l.performer_name
                FROM lab_result l JOIN person p ON p.id = l.person_id WHERE l.status <> 'ENTERED_IN_ERROR'
                ORDER BY l.effective_date, l.id""", row -> labs.computeIfAbsent(row.getString(1),
                id -> new ArrayList<>()).add(
                        new LabObservation(row.getString(2), row.getObject(3, LocalDate.class),
                                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8))));
        Map<String, String> vaccinationCards = new TreeMap<>();
        Map<String, String> labCards = new TreeMap<>();
        query(connection, """
                SELECT registry_id, family_name, given_name, middle_name, birth_date, identity_assurance
                FROM person ORDER BY id""", row -> {
            String id = row.getString(1);
            List<String> given = new ArrayList<>(List.of(row.getString(3)));
            if (row.getString(4) != null && !row.getString(4).isBlank()) {
                given.add(row.getString(4));
            }
            HealthRecord record = new HealthRecord(new CardSubject(id, row.getString(2), given,
                    row.getObject(5, LocalDate.class), row.getString(6)), doses.getOrDefault(id, List.of()),
                    labs.getOrDefault(id, List.of()));
            vaccinationCards.put(id, String.join("\n", CardBundles.vaccinations(record)));
            labCards.put(id, String.join("\n", CardBundles.labs(record)));
        });
        aspects.put("vaccination cards", vaccinationCards);
        aspects.put("lab cards", labCards);
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowHandler handler) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                handler.handle(row);
            }
        }
    }

    /** The rows of {@code sql}, column 1 the registry id, the other columns joined, a person's rows in order. */
    private static Map<String, String> rows(Connection connection, String sql) throws SQLException {
        Map<String, String> byPerson = new TreeMap<>();
        query(connection, sql, row -> {
            String[] values = new String[row.getMetaData().getColumnCount() - 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getString(i + 2);
            }
            byPerson.merge(row.getString(1), Arrays.toString(values), (a, b) -> a + " " + b);
        });
        return byPerson;
    }

    /** What a finished run of the jar printed and its exit status. */
    record Finished(int status, String output) {
    }

    private Finished run(Path dataDir, boolean demo, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "command", ".log");
        Process process = start(dataDir, demo, log, args);
        finish(process);
        return new Finished(process.exitValue(), Files.readString(log));
    }

    private static void finish(Process process) throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("The jar did not end within " + TIMEOUT);
        }
    }

    private static Process start(Path dataDir, boolean demo, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:+UseSerialGC", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeAll(List.of("DB_URL", "QUARKUS_DATASOURCE_JDBC_URL"));
        builder.environment().put("PORTAL_EMBEDDED_DB_DIR", dataDir.toString());
        builder.environment().put("PORTAL_DEMO_DATA_ENABLED", Boolean.toString(demo));
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
