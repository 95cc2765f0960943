package org.shcportal.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, buffered in PostgreSQL's COPY text format and sent with {@code COPY ... FROM STDIN}: an
 * order of magnitude faster than batched INSERTs for loading a million persons.
 */
public final class CopyTable {

    private final String copySql;
    private final StringBuilder rows = new StringBuilder(1 << 20);
    private long rowCount;

    public CopyTable(String table, String... columns) {
        this.copySql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        rowCount++;
    }

    /** Sends the buffered rows and empties the buffer. */
    public void flush(CopyManager copy) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        copy.copyIn(copySql, new ByteArrayInputStream(take()));
    }

    /** The buffered rows in UTF-8; the buffer is emptied. */
    public byte[] take() {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        return bytes;
    }

    public String copySql() {
        return copySql;
    }

    public long rowCount() {
        return rowCount;
    }

    /** COPY text format: {@code \N} is null; backslash, tab, newline and carriage return are escaped. */
    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
