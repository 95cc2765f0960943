package org.shcportal.feed;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.feed.RegistryRecord.AddressRow;
import org.shcportal.feed.RegistryRecord.ContactRow;
import org.shcportal.feed.RegistryRecord.Dose;
import org.shcportal.feed.RegistryRecord.Guardian;
import org.shcportal.feed.RegistryRecord.Lab;
import org.shcportal.feed.RegistryRecord.Name;
import org.shcportal.feed.RegistryRecord.OtherName;

import io.agroal.api.AgroalDataSource;

/**
 * Reads the whole registry, person by person, for the bulk exports: one consistent snapshot (a repeatable-read,
 * read-only transaction outside JTA, whose timeout is meant for requests), persons streamed with a cursor and their
 * rows read a chunk of persons at a time. Guardians come first (the oldest first), so that a file read in order
 * names no guardian before it has named the guardian's own record.
 */
@ApplicationScoped
class RegistryRecords {

    /** Persons read per round of row queries (a project choice: keeps each id array and result set small). */
    private static final int CHUNK = 1_000;

    private static final String PERSONS = """
            SELECT p.id, p.registry_id, p.family_name, p.given_name, p.middle_name, p.birth_date, p.sex,
                   p.identity_assurance
            FROM person p
            ORDER BY NOT EXISTS (SELECT 1 FROM guardian_link g WHERE g.guardian_id = p.id), p.birth_date, p.id""";

    /** What takes each record; may fail writing. */
    @FunctionalInterface
    interface Sink {
        void accept(RegistryRecord record) throws IOException;
    }

    @Inject
    AgroalDataSource dataSource;

    /** Gives every person's record to {@code sink}; returns how many there were. */
    long forEach(Sink sink) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                long count = read(connection, sink);
                connection.commit();
                return count;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        }
    }

    private static long read(Connection connection, Sink sink) throws SQLException, IOException {
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(PERSONS)) {
            statement.setFetchSize(CHUNK);
            try (ResultSet rows = statement.executeQuery()) {
                List<Object[]> chunk = new ArrayList<>(CHUNK);
                while (rows.next()) {
                    chunk.add(new Object[] { rows.getLong(1), rows.getString(2), new Name(rows.getString(3),
                            rows.getString(4), rows.getString(5)), rows.getObject(6, LocalDate.class),
                            rows.getString(7).strip(), rows.getString(8) });
                    if (chunk.size() == CHUNK) {
                        count += emit(connection, chunk, sink);
                        chunk.clear();
                    }
                }
                count += emit(connection, chunk, sink);
            }
        }
        return count;
    }

    private static int emit(Connection connection, List<Object[]> persons, Sink sink)
            throws SQLException, IOException {
        if (persons.isEmpty()) {
            return 0;
        }
        Array ids = connection.createArrayOf("bigint", persons.stream().map(person -> person[0]).toArray());
        Rows rows = new Rows(connection, ids);
        Map<Long, List<OtherName>> names = rows.read("""
                SELECT person_id, kind, family_name, given_name, middle_name FROM person_name
                WHERE person_id = ANY(?) ORDER BY id""", r -> new OtherName(r.getString(2), new Name(r.getString(3),
                r.getString(4), r.getString(5))));
        Map<Long, List<ContactRow>> contacts = rows.read("""
                SELECT person_id, kind, value, added_on, removed_on FROM contact
                WHERE person_id = ANY(?) ORDER BY id""", r -> new ContactRow(r.getString(2), r.getString(3),
                date(r, 4), date(r, 5)));
        Map<Long, List<AddressRow>> addresses = rows.read("""
                SELECT person_id, line1, line2, city, state, postal_code, added_on FROM address
                WHERE person_id = ANY(?) ORDER BY added_on, id""", r -> new AddressRow(r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6), date(r, 7)));
        Map<Long, List<Guardian>> guardians = rows.read("""
                SELECT l.minor_id, g.registry_id, g.family_name, g.given_name, g.middle_name, l.relationship
                FROM guardian_link l JOIN person g ON g.id = l.guardian_id
                WHERE l.minor_id = ANY(?) ORDER BY l.id""", r -> new Guardian(r.getString(2), new Name(r.getString(3),
                r.getString(4), r.getString(5)), r.getString(6)));
        Map<Long, List<Dose>> doses = rows.read("""
                SELECT person_id, id, cvx_code, occurrence_date, lot_number, mvx_code, performer_name, status,
                       source_system, source_id
                FROM immunization WHERE person_id = ANY(?) ORDER BY id""", r -> new Dose(r.getLong(2),
                r.getString(3), date(r, 4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                r.getString(9), r.getString(10)));
        Map<Long, List<Lab>> labs = rows.read("""
                SELECT person_id, id, loinc_code, effective_date, result_system, result_code, result_value,
                       performer_name, status, source_system
                FROM lab_result WHERE person_id = ANY(?) ORDER BY id""", r -> new Lab(r.getLong(2), r.getString(3),
                date(r, 4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                r.getString(10)));
        for (Object[] person : persons) {
            long id = (Long) person[0];
            sink.accept(new RegistryRecord(id, (String) person[1], (Name) person[2], (LocalDate) person[3],
                    (String) person[4], (String) person[5], names.getOrDefault(id, List.of()),
                    contacts.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()),
                    guardians.getOrDefault(id, List.of()), doses.getOrDefault(id, List.of()),
                    labs.getOrDefault(id, List.of())));
        }
        return persons.size();
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** One row of a query as a value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows of a chunk of persons, grouped by the person id in column 1. */
    private record Rows(Connection connection, Array ids) {

        <T> Map<Long, List<T>> read(String sql, RowReader<T> reader) throws SQLException {
            Map<Long, List<T>> byPerson = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, ids);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        byPerson.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(reader.read(row));
                    }
                }
            }
            return byPerson;
        }
    }
}
