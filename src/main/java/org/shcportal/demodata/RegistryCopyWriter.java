package org.shcportal.demodata;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.shcportal.database.CopyPipeline;
import org.shcportal.database.CopyTable;
import org.shcportal.demodata.Household.AddressEntry;
import org.shcportal.demodata.Household.ContactEntry;
import org.shcportal.demodata.Household.Dose;
import org.shcportal.demodata.Household.Guardianship;
import org.shcportal.demodata.Household.LabTest;
import org.shcportal.demodata.Household.Member;
import org.shcportal.demodata.Household.OtherName;

/**
 * Writes generated households into the registry tables with COPY, on the caller's connection and inside the
 * caller's transaction: a run that fails leaves nothing behind. The households are made on the caller's thread, one
 * after another, so the same seed gives the same rows; a {@link CopyPipeline} stores them meanwhile.
 */
final class RegistryCopyWriter {

    /** Generated persons get registry ids above every fixed one ({@code NM-000001}…): NM-1000000 + internal id. */
    static final long GENERATED_REGISTRY_ID_BASE = 1_000_000L;
    private static final int PERSONS_PER_FLUSH = 5_000;
    private static final String SOURCE = "synthetic-generator";
    /** The tables written, in the order of {@link #tables}. */
    static final List<String> TABLES = List.of("person", "person_name", "contact", "address", "guardian_link",
            "immunization", "lab_result");

    private final Connection connection;
    private final CopyManager copy;
    private final CopyTable persons = new CopyTable("person", "id", "registry_id", "family_name", "given_name",
            "middle_name", "birth_date", "sex", "identity_assurance");
    private final CopyTable names = new CopyTable("person_name", "person_id", "kind", "family_name", "given_name",
            "middle_name");
    private final CopyTable contacts = new CopyTable("contact", "person_id", "kind", "value", "added_on",
            "removed_on");
    private final CopyTable addresses = new CopyTable("address", "person_id", "line1", "line2", "city", "state",
            "postal_code", "added_on");
    private final CopyTable guardianLinks = new CopyTable("guardian_link", "guardian_id", "minor_id",
            "relationship", "source");
    private final CopyTable immunizations = new CopyTable("immunization", "person_id", "cvx_code",
            "occurrence_date", "lot_number", "mvx_code", "performer_name", "status", "source_system");
    private final CopyTable labResults = new CopyTable("lab_result", "person_id", "loinc_code", "effective_date",
            "result_system", "result_code", "performer_name", "status", "source_system");
    private final List<CopyTable> tables = List.of(persons, names, contacts, addresses, guardianLinks, immunizations,
            labResults);

    RegistryCopyWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Writes {@code count} persons from the registry's households (the last household may be cut short). */
    GenerationReport write(SyntheticRegistry registry, int count) throws SQLException, IOException {
        long nextId = reserveIds(count);
        int written = 0;
        int sinceFlush = 0;
        try (CopyPipeline pipeline = new CopyPipeline(copy)) {
            while (written < count) {
                Household household = registry.nextHousehold();
                int take = Math.min(household.members().size(), count - written);
                writeHousehold(household, take, nextId);
                nextId += take;
                written += take;
                sinceFlush += take;
                if (sinceFlush >= PERSONS_PER_FLUSH) {
                    send(pipeline);
                    sinceFlush = 0;
                }
            }
            send(pipeline);
            pipeline.drain();
        }
        return new GenerationReport(written, immunizations.rowCount(), labResults.rowCount(),
                guardianLinks.rowCount(), 0);
    }

    /**
     * Takes {@code count} consecutive person ids from the identity sequence. The table lock keeps other writers from
     * drawing ids inside the block until this transaction ends.
     */
    private long reserveIds(int count) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE person IN SHARE ROW EXCLUSIVE MODE");
            try (ResultSet first = statement.executeQuery(
                    "SELECT nextval(pg_get_serial_sequence('person', 'id'))")) {
                first.next();
                long start = first.getLong(1);
                statement.execute("SELECT setval(pg_get_serial_sequence('person', 'id'), " + (start + count - 1) + ")");
                return start;
            }
        }
    }

    private void writeHousehold(Household household, int take, long firstId) {
        for (int i = 0; i < take; i++) {
            writeMember(firstId + i, household.members().get(i));
        }
        for (Guardianship link : household.guardianships()) {
            if (link.guardian() < take && link.minor() < take) {
                guardianLinks.row(firstId + link.guardian(), firstId + link.minor(), link.relationship(),
                        "REGISTRY_FEED");
            }
        }
    }

    private void writeMember(long id, Member member) {
        persons.row(id, "NM-" + (GENERATED_REGISTRY_ID_BASE + id), member.name().family(), member.name().given(),
                member.name().middle(), member.birthDate(), member.sex(), member.identityAssurance());
        for (OtherName other : member.otherNames()) {
            names.row(id, other.kind(), other.name().family(), other.name().given(), other.name().middle());
        }
        for (ContactEntry contact : member.contacts()) {
            contacts.row(id, contact.kind(), contact.value(), contact.addedOn(), contact.removedOn());
        }
        for (AddressEntry address : member.addresses()) {
            addresses.row(id, address.line1(), address.line2(), address.city(), address.state(),
                    address.postalCode(), address.addedOn());
        }
        for (Dose dose : member.doses()) {
            immunizations.row(id, dose.cvx(), dose.date(), dose.lot(), dose.mvx(), dose.performer(), dose.status(),
                    SOURCE);
        }
        for (LabTest test : member.labTests()) {
            labResults.row(id, test.loinc(), test.date(), "http://snomed.info/sct", test.resultSnomed(),
                    test.performer(), "FINAL", SOURCE);
        }
    }

    private void send(CopyPipeline pipeline) throws SQLException, IOException {
        for (CopyTable table : tables) {
            pipeline.send(table);
        }
    }
}
