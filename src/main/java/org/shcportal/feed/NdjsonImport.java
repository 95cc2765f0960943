package org.shcportal.feed;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.shcportal.database.BulkLoad;
import org.shcportal.database.CopyPipeline;
import org.shcportal.database.CopyTable;
import org.shcportal.feed.BulkRows.BadLine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads FHIR R4 Bulk Data NDJSON files (Patient, Immunization, Observation, RelatedPerson; FHIR Bulk Data Access
 * 2.0.0) into the registry. Each line is read with Jackson and checked ({@link BulkRows}); a bad line is reported
 * ({@code file:line: reason}) and skipped. Good lines go by COPY into session-local staging tables and from there
 * into the registry, a transaction per {@value #PERSONS_PER_TRANSACTION} persons (or
 * {@value #ROWS_PER_TRANSACTION} rows of the other files). Loading the same files again gives the same registry:
 * persons are keyed by registry id, doses by identifier (source system and id), lab results by person, test, date
 * and source, guardian links by the pair; names, contacts and addresses are added when not on record yet.
 * Patients are loaded first, so that the other files may name them in any order.
 *
 * <p>
 * Into an empty registry (no person yet) the files go in one transaction instead, as a {@link BulkLoad}: each file
 * is staged whole and stored by one statement per table, with the registry's foreign keys and secondary indexes set
 * aside and rebuilt at the end, the same keys deciding which line wins. The Patient file is read on two threads
 * ({@link PatientFile}). The doses, twenty a person, skip the staging: the Immunization file is read on two threads
 * too ({@link ImmunizationFile}) and its rows go by COPY straight into the registry's table, naming their person by id; where
 * two lines name the same dose, the later line's row stays. An interrupted
 * load then leaves the
 * registry empty, and the same command starts it again.
 */
final class NdjsonImport {

    /** A transaction per 1,000 persons: a project choice, small enough to retry, large enough for COPY to pay. */
    static final int PERSONS_PER_TRANSACTION = 1_000;
    static final int ROWS_PER_TRANSACTION = 5_000;
    /** A progress line per 100,000 persons (a project choice: about every 10 s at the target rate). */
    static final int PROGRESS_EVERY = 100_000;
    /** The registry tables a load into an empty registry sets aside the indexes and foreign keys of. */
    static final List<String> REGISTRY_TABLES = List.of("person", "person_name", "contact", "address",
            "guardian_link", "immunization", "lab_result");
    /**
     * Memory for the sorts and hash joins of the statements that store a whole file (PostgreSQL documentation 20.4.1
     * "work_mem"); 256 MB is a project choice, held by one session for the length of the load.
     */
    static final String LOAD_WORK_MEM = "SET LOCAL work_mem = '256MB'";
    /**
     * The chunks and statements a load into an empty registry lets wait for PostgreSQL: a project choice, 128 chunks
     * of 5,000 rows (well under a MB each), enough for the JVM to read the doses on for the seconds the persons take
     * to store, and the Observation and RelatedPerson files while the doses' unique index is built.
     */
    static final int CHUNKS_IN_FLIGHT = 128;

    /** The reason given for a line the JSON parser refuses. */
    static final String NOT_JSON = "not a JSON object";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final CopyManager copy;
    private final PrintWriter out;
    private final BulkRows rows;
    private final Counts counts = new Counts();

    /** Lines taken and skipped. */
    static final class Counts {
        long persons;
        long immunizations;
        long observations;
        long guardianLinks;
        long skipped;
    }

    NdjsonImport(Connection connection, String authority, PrintWriter out) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.out = out;
        this.rows = new BulkRows(authority);
    }

    /** Loads the files of {@code folder} that exist, Patient first; returns what was taken and skipped. */
    Counts load(Path folder) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            execute(BulkSql.CREATE_STAGING);
            connection.commit();
            if (registryEmpty()) {
                loadIntoEmpty(folder);
            } else {
                connection.rollback();
                merge(folder);
            }
            execute(BulkSql.DROP_STAGING);
            connection.commit();
            return counts;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Locks the person table for this transaction and tells whether it has no person. */
    private boolean registryEmpty() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(BulkSql.LOCK_AND_COUNT_PERSONS);
            statement.getMoreResults();
            try (ResultSet any = statement.getResultSet()) {
                any.next();
                return !any.getBoolean(1);
            }
        }
    }

    private void merge(Path folder) throws SQLException, IOException {
        load(folder.resolve(FhirTerms.PATIENT_FILE), (TreeReader) this::patient, PERSONS_PER_TRANSACTION, this::mergePatients);
        load(folder.resolve(FhirTerms.IMMUNIZATION_FILE), (DoseReader) this::immunization, ROWS_PER_TRANSACTION,
                this::mergeImmunizations);
        load(folder.resolve(FhirTerms.OBSERVATION_FILE), (TreeReader) this::observation, ROWS_PER_TRANSACTION,
                this::mergeObservations);
        load(folder.resolve(FhirTerms.RELATED_PERSON_FILE), (TreeReader) this::relatedPerson, ROWS_PER_TRANSACTION,
                this::mergeRelatedPersons);
    }

    /**
     * The whole load in the transaction that found the registry empty; committed at the end. The statements and
     * COPYs go in order through one {@link CopyPipeline}, so that the JVM reads on while PostgreSQL works: the doses
     * while the persons are stored (the persons' ids are known from the Patient file), the Observation and
     * RelatedPerson files while the doses' unique index is built.
     */
    private void loadIntoEmpty(Path folder) throws SQLException, IOException {
        out.println("The registry is empty: loading it in one transaction, its indexes and foreign keys rebuilt at"
                + " the end.");
        out.flush();
        BulkLoad bulk = BulkLoad.setAside(connection, REGISTRY_TABLES);
        execute(LOAD_WORK_MEM);
        long firstId = next(BulkSql.NEXT_PERSON_ID);
        long firstDoseId = next(BulkSql.NEXT_DOSE_ID);
        try (CopyPipeline pipeline = new CopyPipeline(copy, CHUNKS_IN_FLIGHT)) {
            new PatientFile(folder.resolve(FhirTerms.PATIENT_FILE), rows).copy(pipeline,
                    (line, reason) -> skip(FhirTerms.PATIENT_FILE, line, reason));
            pipeline.run(() -> loadPersons(firstId));
            ImmunizationFile doses = new ImmunizationFile(folder.resolve(FhirTerms.IMMUNIZATION_FILE), rows,
                    rows.personIds(firstId), firstDoseId);
            counts.immunizations += doses.copy(pipeline,
                    (line, reason) -> skip(FhirTerms.IMMUNIZATION_FILE, line, reason));
            pipeline.run(() -> moveIdentity(BulkSql.DOSE_IDS_USED, doses.nextId()));
            pipeline.run(() -> {
                if (!bulk.restoreUnique("immunization")) {
                    counts.immunizations -= update(BulkSql.DELETE_REPLACED_DOSES);
                }
            });
            send(pipeline, folder.resolve(FhirTerms.OBSERVATION_FILE), this::observation, rows.labs);
            send(pipeline, folder.resolve(FhirTerms.RELATED_PERSON_FILE), this::relatedPerson, rows.links);
            pipeline.drain();
        }
        execute("ANALYZE bulk_lab, bulk_link");
        reportUnknown(FhirTerms.OBSERVATION_FILE, BulkSql.LABS_OF_UNKNOWN_PERSONS, "the subject is not in the registry");
        counts.observations += update(BulkSql.LOAD_LABS);
        reportUnknown(FhirTerms.RELATED_PERSON_FILE, BulkSql.LINKS_OF_UNKNOWN_PERSONS,
                "the patient or the related person (identifier SR) is not in the registry, or they are the same");
        counts.guardianLinks += update(BulkSql.LOAD_LINKS);
        bulk.restore();
        connection.commit();
    }

    /** Reads a whole file into the rows of {@code tables}, handing them to {@code pipeline} as they fill. */
    private void send(CopyPipeline pipeline, Path path, TreeReader reader, CopyTable... tables)
            throws SQLException, IOException {
        load(path, reader, ROWS_PER_TRANSACTION, file -> {
            for (CopyTable table : tables) {
                pipeline.send(table);
            }
        });
    }

    /** The id an identity gives next ({@code sql}); a load into an empty registry numbers its rows from it. */
    private long next(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet next = statement.executeQuery(sql)) {
            next.next();
            return next.getLong(1);
        }
    }

    /** Moves an identity ({@code sql}) to {@code next}, past the rows a load numbered itself. */
    private void moveIdentity(String sql, long next) throws SQLException {
        try (PreparedStatement identity = connection.prepareStatement(sql)) {
            identity.setLong(1, next);
            identity.execute();
        }
    }

    /**
     * Gives the planner the staged persons' statistics (see {@link #flush}), stores them, numbered from {@code firstId} as
     * {@link BulkRows#personIds} numbers them, then
     * their names, contacts and addresses, and moves the identity past the last person.
     */
    private void loadPersons(long firstId) throws SQLException {
        execute("ANALYZE bulk_person, bulk_name, bulk_contact, bulk_address");
        try (PreparedStatement persons = connection.prepareStatement(BulkSql.LOAD_PERSONS)) {
            persons.setLong(1, firstId);
            counts.persons += persons.executeUpdate();
        }
        moveIdentity(BulkSql.PERSON_IDS_USED, firstId + counts.persons);
        update(BulkSql.LOAD_NAMES);
        update(BulkSql.LOAD_CONTACTS);
        update(BulkSql.LOAD_ADDRESSES);
        out.printf("%,d persons...%n", counts.persons);
        out.flush();
    }

    /** Reads one line; a bad one throws {@link BadLine} or, when it is not JSON, the parser's exception. */
    @FunctionalInterface
    private interface LineReader {
        void read(byte[] bytes, int offset, int length, long line) throws IOException;
    }

    /** Reads a line of the Immunization file with the streaming parser. */
    @FunctionalInterface
    private interface DoseReader extends LineReader {
        void read(ImmunizationLine line, long number);

        @Override
        default void read(byte[] bytes, int offset, int length, long line) throws IOException {
            read(ImmunizationLine.read(bytes, offset, length), line);
        }
    }

    /** Reads a line of the other files as a tree. */
    @FunctionalInterface
    private interface TreeReader extends LineReader {
        void read(JsonNode resource, long line);

        @Override
        default void read(byte[] bytes, int offset, int length, long line) throws IOException {
            read(JSON.readTree(bytes, offset, length), line);
        }
    }

    @FunctionalInterface
    private interface Merge {
        void run(String file) throws SQLException, IOException;
    }

    private void load(Path path, LineReader reader, int perTransaction, Merge merge) throws SQLException, IOException {
        if (!Files.exists(path)) {
            return;
        }
        String file = path.getFileName().toString();
        int inBatch = 0;
        try (NdjsonLines lines = new NdjsonLines(path)) {
            while (lines.next()) {
                if (lines.blank()) {
                    continue;
                }
                if (read(file, lines, reader)) {
                    inBatch++;
                }
                if (inBatch == perTransaction) {
                    merge.run(file);
                    inBatch = 0;
                }
            }
        }
        merge.run(file);
    }

    /**
     * Reads one line into the row buffers; false (reported) when it is bad. The parser reads the line's bytes, so
     * it is the parser that finds them not JSON, and not UTF-8 (RFC 8259, section 8.1).
     */
    private boolean read(String file, NdjsonLines line, LineReader reader) {
        try {
            reader.read(line.bytes(), line.offset(), line.length(), line.number());
            return true;
        } catch (IOException e) {
            skip(file, line.number(), NOT_JSON);
        } catch (BadLine e) {
            skip(file, line.number(), e.getMessage());
        }
        return false;
    }

    private void skip(String file, long line, String reason) {
        counts.skipped++;
        out.printf("%s:%d: %s; the line was skipped.%n", file, line, reason);
    }

    private void patient(JsonNode resource, long line) {
        rows.patient(resource, line);
    }

    private void immunization(ImmunizationLine line, long number) {
        rows.immunization(line, number);
    }

    private void observation(JsonNode resource, long line) {
        rows.observation(resource, line);
    }

    private void relatedPerson(JsonNode resource, long line) {
        rows.relatedPerson(resource, line);
    }

    private void mergePatients(String file) throws SQLException, IOException {
        long before = counts.persons;
        flush("bulk_person, bulk_name, bulk_contact, bulk_address", rows.persons, rows.names, rows.contacts,
                rows.addresses);
        rows.forgetPersons();
        counts.persons += update(BulkSql.MERGE_PERSONS);
        update(BulkSql.MERGE_NAMES);
        update(BulkSql.UPDATE_CONTACTS);
        update(BulkSql.MERGE_CONTACTS);
        update(BulkSql.MERGE_ADDRESSES);
        connection.commit();
        if (counts.persons / PROGRESS_EVERY > before / PROGRESS_EVERY) {
            out.printf("%,d persons...%n", counts.persons);
            out.flush();
        }
    }

    private void mergeImmunizations(String file) throws SQLException, IOException {
        flush("bulk_dose", rows.doses);
        reportUnknown(file, BulkSql.DOSES_OF_UNKNOWN_PERSONS, "the patient is not in the registry");
        counts.immunizations += update(BulkSql.MERGE_DOSES);
        connection.commit();
    }

    private void mergeObservations(String file) throws SQLException, IOException {
        flush("bulk_lab", rows.labs);
        reportUnknown(file, BulkSql.LABS_OF_UNKNOWN_PERSONS, "the subject is not in the registry");
        counts.observations += update(BulkSql.UPDATE_LABS);
        counts.observations += update(BulkSql.MERGE_LABS);
        connection.commit();
    }

    private void mergeRelatedPersons(String file) throws SQLException, IOException {
        flush("bulk_link", rows.links);
        reportUnknown(file, BulkSql.LINKS_OF_UNKNOWN_PERSONS,
                "the patient or the related person (identifier SR) is not in the registry, or they are the same");
        counts.guardianLinks += update(BulkSql.MERGE_LINKS);
        connection.commit();
    }

    /**
     * Sends the buffered rows, then gives the planner their statistics: without them it guesses the size of a
     * temporary table (PostgreSQL documentation, "ANALYZE": autovacuum does not process temporary tables) and may
     * scan the whole person table for each batch instead of looking each registry id up.
     */
    private void flush(String staging, CopyTable... tables) throws SQLException, IOException {
        for (CopyTable table : tables) {
            table.flush(copy);
        }
        execute("ANALYZE " + staging);
    }

    private void reportUnknown(String file, String sql, String reason) throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet unknown = statement.executeQuery(sql)) {
            while (unknown.next()) {
                lines.add(unknown.getLong(1));
            }
        }
        lines.forEach(line -> skip(file, line, reason));
    }

    private int update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
