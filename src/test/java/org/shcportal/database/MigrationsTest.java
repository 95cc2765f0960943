package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Flyway flyway;

    @Test
    void applyOnAnEmptyDatabase() throws SQLException {
        String schema = "empty_check";
        Flyway fresh = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        try {
            MigrateResult result = fresh.migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
            assertThat(tables(schema)).contains("person", "person_name", "contact", "address", "guardian_link",
                    "immunization", "lab_result");
        } finally {
            fresh.clean();
        }
    }

    @Test
    void everyMigrationHasBeenAppliedToThePortalsDatabase() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion().getVersion()).isNotEmpty();
    }

    @Test
    void personalDataColumnsAreDocumented() throws SQLException {
        List<String> undocumented = query("""
                SELECT c.table_name || '.' || c.column_name
                FROM information_schema.columns c
                JOIN pg_class t ON t.relname = c.table_name AND t.relnamespace = 'public'::regnamespace
                WHERE c.table_schema = 'public'
                  AND c.column_name IN ('family_name', 'given_name', 'middle_name', 'birth_date', 'value',
                                        'line1', 'postal_code', 'cvx_code', 'lot_number', 'loinc_code', 'result_code')
                  AND col_description(t.oid, c.ordinal_position) IS NULL""");
        assertThat(undocumented).isEmpty();
    }

    @Test
    void constraintsHaveExplicitNames() throws SQLException {
        List<String> names = query("""
                SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                AND conrelid <> 'flyway_schema_history'::regclass""");
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[a-z_]+_(pkey|key|fkey|check)"));
    }

    private List<String> tables(String schema) throws SQLException {
        return query("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
