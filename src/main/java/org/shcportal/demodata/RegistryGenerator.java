package org.shcportal.demodata;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Adds synthetic persons to the registry database in one transaction (a long one: it does not go through JTA,
 * whose timeout is meant for requests).
 */
@ApplicationScoped
public class RegistryGenerator {

    @Inject
    AgroalDataSource dataSource;

    public GenerationReport generate(long seed, int persons) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                GenerationReport report = new RegistryCopyWriter(connection).write(new SyntheticRegistry(seed),
                        persons);
                connection.commit();
                return report;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Generating synthetic persons failed: " + e.getMessage(), e);
        }
    }
}
