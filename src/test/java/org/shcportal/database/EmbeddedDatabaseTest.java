package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void keepsItsDataAcrossRestarts() throws SQLException {
        Path dataDir = folder.resolve("pg");
        try (EmbeddedDatabase first = start(dataDir)) {
            assertThat(first.created()).isTrue();
            execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase second = start(dataDir)) {
            assertThat(second.created()).isFalse();
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl());
                    ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void refusesASecondPortalOnTheSameFolder() {
        Path dataDir = folder.resolve("pg");
        try (EmbeddedDatabase first = start(dataDir)) {
            assertThatThrownBy(() -> start(dataDir))
                    .isInstanceOf(EmbeddedDatabase.EmbeddedDatabaseException.class)
                    .hasMessageContaining("already in use by another running portal");
            assertThat(dataDir.resolve("PG_VERSION")).exists();
        }
    }

    private EmbeddedDatabase start(Path dataDir) {
        return EmbeddedDatabase.start(dataDir, folder.resolve("bin"), 0);
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
