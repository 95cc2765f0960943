package org.shcportal.demodata;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.database.BulkLoad;

import io.agroal.api.AgroalDataSource;

/**
 * Adds synthetic persons to the registry database in one transaction (a long one: it does not go through JTA,
 * whose timeout is meant for requests), as a {@link BulkLoad}: the registry tables' foreign keys and secondary
 * indexes are set aside for the COPY and rebuilt and validated before the commit. A failure rolls everything back,
 * indexes and constraints included; the persons already in the registry stay.
 */
@ApplicationScoped
public class RegistryGenerator {

    @Inject
    AgroalDataSource dataSource;

    public GenerationReport generate(long seed, int persons) {
        try (Connection connection = dataSource.getConnection()) {
            return generate(connection, seed, persons);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Generating synthetic persons failed: " + e.getMessage(), e);
        }
    }

    /** Generates into the current schema of {@code connection}; commits, or rolls back and throws. */
    static GenerationReport generate(Connection connection, long seed, int persons) throws SQLException,
            IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            BulkLoad load = BulkLoad.setAside(connection, RegistryCopyWriter.TABLES);
            GenerationReport written = new RegistryCopyWriter(connection).write(new SyntheticRegistry(seed), persons);
            long rebuildStart = System.nanoTime();
            load.restore();
            connection.commit();
            return new GenerationReport(written.persons(), written.immunizations(), written.labResults(),
                    written.guardianLinks(), (System.nanoTime() - rebuildStart) / 1e9);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
