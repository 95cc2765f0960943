package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.FreshSchema;

import io.quarkus.test.junit.QuarkusTest;

/** A bulk load sets the foreign keys and indexes aside and gets them back, or leaves the tables as they were. */
@QuarkusTest
class BulkLoadTest {

    private static final List<String> TABLES = List.of("person", "immunization");

    @Test
    void aRowThatBreaksAForeignKeyFailsTheLoadAndTheTablesStayAsTheyWere() throws SQLException {
        try (FreshSchema registry = FreshSchema.migrated("bulk_load_check")) {
            Connection connection = registry.connection();
            addPerson(connection, "KEEP-1");
            List<String> before = registry.catalog();
            connection.setAutoCommit(false);

            BulkLoad load = BulkLoad.setAside(connection, TABLES);
            assertThat(registry.query("SELECT conname FROM pg_constraint WHERE contype = 'f'"
                    + " AND conrelid = 'immunization'::regclass")).as("no foreign key during the load").isEmpty();
            execute(connection, "INSERT INTO immunization (person_id, cvx_code, occurrence_date, status,"
                    + " source_system) VALUES (999999, '208', '2021-03-02', 'COMPLETED', 'TEST')");

            assertThatThrownBy(load::restore).isInstanceOf(SQLException.class)
                    .hasMessageContaining("immunization_person_id_fkey");
            connection.rollback();
            connection.setAutoCommit(true);
            assertThat(registry.catalog()).isEqualTo(before);
            assertThat(registry.query("SELECT registry_id FROM person")).containsExactly("KEEP-1");
            assertThat(registry.query("SELECT count(*) FROM immunization")).containsExactly("0");
        }
    }

    @Test
    void rowsAlreadyInATableStayAndAnEmptyTableTakesTheLoad() throws SQLException {
        try (FreshSchema registry = FreshSchema.migrated("bulk_load_keep")) {
            Connection connection = registry.connection();
            addPerson(connection, "KEEP-2");
            execute(connection,
                    "INSERT INTO lab_result (person_id, loinc_code, effective_date, result_system, result_code, status,"
                            + " source_system) SELECT id, '94309-2', '2021-01-05', 'http://snomed.info/sct', '260385009', 'FINAL',"
                            + " 'TEST' FROM person");
            connection.setAutoCommit(false);

            BulkLoad load = BulkLoad.setAside(connection, List.of("person", "immunization", "lab_result"));
            execute(connection, "INSERT INTO immunization (person_id, cvx_code, occurrence_date, status,"
                    + " source_system) SELECT id, '208', '2021-03-02', 'COMPLETED', 'TEST' FROM person");
            load.restore();
            connection.commit();
            connection.setAutoCommit(true);

            assertThat(registry.query("SELECT registry_id FROM person")).containsExactly("KEEP-2");
            assertThat(registry.query("SELECT count(*) FROM lab_result")).containsExactly("1");
            assertThat(registry.query("SELECT count(*) FROM immunization")).containsExactly("1");
        }
    }

    @Test
    void aUniqueIndexThatFindsDuplicatesIsNotBuiltAndTheRowsStayUntilTheCallerRemovesThem() throws SQLException {
        try (FreshSchema registry = FreshSchema.migrated("bulk_load_unique")) {
            Connection connection = registry.connection();
            List<String> before = registry.catalog();
            connection.setAutoCommit(false);
            BulkLoad load = BulkLoad.setAside(connection, TABLES);
            addPerson(connection, "DUP-1");
            String dose = "INSERT INTO immunization (person_id, cvx_code, occurrence_date, status, source_system,"
                    + " source_id) SELECT id, '%s', '2021-03-02', 'COMPLETED', 'TEST', 'D1' FROM person";
            execute(connection, dose.formatted("207"));
            execute(connection, dose.formatted("208"));

            boolean unique = load.restoreUnique("immunization");

            assertThat(unique).isFalse();
            assertThat(registry.query("SELECT cvx_code FROM immunization ORDER BY id")).containsExactly("207", "208");
            execute(connection, "DELETE FROM immunization WHERE cvx_code = '207'");
            assertThat(load.restoreUnique("immunization")).isTrue();
            load.restore();
            connection.commit();
            connection.setAutoCommit(true);
            assertThat(registry.catalog()).isEqualTo(before);
            assertThat(registry.query("SELECT cvx_code FROM immunization")).containsExactly("208");
        }
    }

    @Test
    void aDoseTableRefusesACvxCodeThatIsNotOneToFourAsciiDigitsAlsoDuringABulkLoad() throws SQLException {
        try (FreshSchema registry = FreshSchema.migrated("bulk_load_cvx")) {
            Connection connection = registry.connection();
            addPerson(connection, "CVX-1");
            connection.setAutoCommit(false);
            BulkLoad.setAside(connection, TABLES);
            String dose = "INSERT INTO immunization (person_id, cvx_code, occurrence_date, status, source_system)"
                    + " SELECT id, '%s', '2021-03-02', 'COMPLETED', 'TEST' FROM person";
            // An Arabic-Indic digit one (U+0661) and a fullwidth one (U+FF11) are digits, but not CVX's.
            for (String bad : List.of("", "1a", " 1", "1 ", "\u0661", "\uFF11", "1.5", "-1", "12\n")) {
                execute(connection, "SAVEPOINT bad");
                assertThatThrownBy(() -> execute(connection, dose.formatted(bad))).as("'%s'", bad)
                        .isInstanceOf(SQLException.class).hasMessageContaining("immunization_cvx_code_check");
                execute(connection, "ROLLBACK TO SAVEPOINT bad");
            }
            for (String good : List.of("0", "08", "208", "0208", "9999")) {
                execute(connection, dose.formatted(good));
            }
            assertThat(registry.query("SELECT cvx_code FROM immunization ORDER BY id"))
                    .containsExactly("0", "08", "208", "0208", "9999");
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static void addPerson(Connection connection, String registryId) throws SQLException {
        execute(connection, "INSERT INTO person (registry_id, family_name, given_name, birth_date, sex)"
                + " VALUES ('" + registryId + "', 'Keep', 'Me', '1990-01-01', 'F')");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
