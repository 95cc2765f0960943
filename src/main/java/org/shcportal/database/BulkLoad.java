package org.shcportal.database;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads many rows into a set of tables inside the caller's transaction the way PostgreSQL's documentation advises
 * (section 14.4 "Populating a Database": remove indexes and foreign-key constraints, load, then recreate them with
 * a larger {@code maintenance_work_mem}). {@link #setAside} reads the tables' foreign keys and indexes, primary
 * keys included, from the catalog ({@code pg_get_constraintdef}, {@code pg_get_indexdef}) and drops them: a
 * primary key's index kept during a COPY is maintained row by row, and building it afterwards took less of
 * PostgreSQL's CPU (docs/operations.md, "Replay and bulk load"). {@link #restore} builds the indexes again, adds
 * each foreign key {@code NOT VALID} and validates it. An index a foreign key of another table relies on stays (the
 * person table's primary key, which the portal's other tables name). PostgreSQL's DDL is transactional: when the caller rolls
 * back,
 * the tables keep their rows, indexes and constraints as before. The dropped objects lock their tables
 * ({@code ACCESS EXCLUSIVE}) until the transaction ends: a bulk load is for an empty or staging database, not for
 * one that a running portal reads (docs/operations.md, "Replay and bulk load").
 */
public final class BulkLoad {

    /**
     * Memory for each index build: PostgreSQL documentation 14.4.4 "Increase maintenance_work_mem"; 512 MB is a
     * project choice, a small share of a database server's memory, used only while the indexes are built.
     */
    static final String MAINTENANCE_WORK_MEM = "512MB";

    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INDEXES = """
            SELECT quote_ident(t.relname), quote_ident(i.relname), pg_get_indexdef(x.indexrelid),
                quote_ident(c.conname), pg_get_constraintdef(c.oid), x.indisunique
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
                AND c.contype IN ('p', 'u', 'x')
            WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY (?)
                AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = x.indexrelid)
            ORDER BY t.relname, i.relname""";

    private static final String FOREIGN_KEYS = """
            SELECT quote_ident(t.relname), quote_ident(c.conname), pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY (?)
            ORDER BY t.relname, c.conname""";

    private static final String UNREFERENCED = """
            SELECT quote_ident(t.relname) FROM pg_class t
            WHERE t.relnamespace = current_schema()::regnamespace AND t.relkind = 'r' AND t.relname = ANY (?)
                AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = t.oid)
            ORDER BY t.relname""";

    /** An index or constraint to build again: its table, its DDL, and whether it is unique. */
    private record Rebuild(String table, String sql, boolean unique) {
    }

    private final Connection connection;
    private final List<String> tables;
    private final List<Rebuild> rebuilds = new ArrayList<>();
    private final List<String[]> foreignKeys = new ArrayList<>();

    private BulkLoad(Connection connection, List<String> tables) {
        this.connection = connection;
        this.tables = List.copyOf(tables);
    }

    /**
     * Drops the foreign keys and indexes of {@code tables} (of the current schema) in the caller's
     * transaction, which must be open (auto-commit off), and makes its commit asynchronous (PostgreSQL
     * documentation 29.4 "Asynchronous Commit": a crash may lose the load's last moments, never corrupt it; the
     * load is then run again).
     */
    public static BulkLoad setAside(Connection connection, List<String> tables) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("A bulk load runs in the caller's transaction");
        }
        BulkLoad load = new BulkLoad(connection, tables);
        load.execute("SET LOCAL synchronous_commit = off");
        load.execute("SET LOCAL maintenance_work_mem = '" + MAINTENANCE_WORK_MEM + "'");
        load.truncateEmptyUnreferenced();
        load.readCatalog(tables);
        for (String[] key : load.foreignKeys) {
            load.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
        }
        load.dropIndexes(tables);
        return load;
    }

    /**
     * Builds the indexes again, then adds and validates the foreign keys (a row that breaks one fails here), then
     * gives the planner the tables' new statistics (PostgreSQL documentation 14.4.9 "Run ANALYZE Afterwards").
     */
    public void restore() throws SQLException {
        for (Rebuild rebuild : rebuilds) {
            execute(rebuild.sql());
        }
        rebuilds.clear();
        for (String[] key : foreignKeys) {
            execute("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2] + " NOT VALID");
        }
        for (String[] key : foreignKeys) {
            execute("ALTER TABLE " + key[0] + " VALIDATE CONSTRAINT " + key[1]);
        }
        execute("ANALYZE " + String.join(", ", tables));
    }

    /**
     * Builds the unique indexes and constraints of {@code table} now, before {@link #restore} builds the others:
     * false, with none of them built and the load's rows as they were, when the rows break one (SQL state 23505
     * "unique_violation", PostgreSQL documentation appendix A), so that the caller may remove the duplicates first.
     * A load with no duplicates so learns it for free, the index being built anyway.
     */
    public boolean restoreUnique(String table) throws SQLException {
        List<Rebuild> unique = rebuilds.stream().filter(rebuild -> rebuild.unique() && rebuild.table().equals(table))
                .toList();
        Savepoint before = connection.setSavepoint();
        try {
            for (Rebuild rebuild : unique) {
                execute(rebuild.sql());
            }
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
            return false;
        }
        connection.releaseSavepoint(before);
        rebuilds.removeAll(unique);
        return true;
    }

    /**
     * Truncates each table that is empty and that no foreign key refers to, which changes none of its rows: a table
     * truncated in the load's own transaction takes its COPY without writing it to the WAL when the server runs with
     * {@code wal_level = minimal}, as the embedded database does (PostgreSQL documentation 14.4.7 "Disable WAL
     * Archival and Streaming Replication").
     */
    private void truncateEmptyUnreferenced() throws SQLException {
        List<String> empty = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(UNREFERENCED)) {
            query.setArray(1, names(tables));
            try (ResultSet unreferenced = query.executeQuery()) {
                while (unreferenced.next()) {
                    if (isEmpty(unreferenced.getString(1))) {
                        empty.add(unreferenced.getString(1));
                    }
                }
            }
        }
        if (!empty.isEmpty()) {
            execute("TRUNCATE " + String.join(", ", empty));
        }
    }

    private boolean isEmpty(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private void readCatalog(List<String> tables) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FOREIGN_KEYS)) {
            query.setArray(1, names(tables));
            try (ResultSet keys = query.executeQuery()) {
                while (keys.next()) {
                    foreignKeys.add(new String[] { keys.getString(1), keys.getString(2), keys.getString(3) });
                }
            }
        }
    }

    private void dropIndexes(List<String> tables) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(INDEXES)) {
            query.setArray(1, names(tables));
            try (ResultSet indexes = query.executeQuery()) {
                while (indexes.next()) {
                    String table = indexes.getString(1);
                    String constraint = indexes.getString(4);
                    boolean unique = indexes.getBoolean(6);
                    if (constraint == null) {
                        drops.add("DROP INDEX " + indexes.getString(2));
                        rebuilds.add(new Rebuild(table, indexes.getString(3), unique));
                    } else {
                        drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + constraint);
                        rebuilds.add(new Rebuild(table, "ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " "
                                + indexes.getString(5), unique));
                    }
                }
            }
        }
        for (String drop : drops) {
            execute(drop);
        }
    }

    private Array names(List<String> tables) throws SQLException {
        return connection.createArrayOf("text", tables.toArray());
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
