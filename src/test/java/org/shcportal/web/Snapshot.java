package org.shcportal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the database holds, to tell what one request wrote: the rows added to each table, and in the tables that
 * requests update (accounts, requests, sign-in attempts, counters) the rows changed as well. Rows removed are not
 * counted, so that the housekeeping jobs, which delete what expired, do not look like a request's doing; neither are
 * changes to sessions (each request moves their idle end) and to outgoing messages (the delivery worker marks them
 * sent).
 */
final class Snapshot {

    /** Tables whose rows requests change as well as add: each row is kept whole. */
    private static final Set<String> UPDATED = Set.of("staff_account", "correction_request", "change_request",
            "mail_request", "sign_in_code", "sign_in_challenge");
    /** The schema's own bookkeeping and the CVX code list, which no request writes. */
    private static final Set<String> IGNORED = Set.of("flyway_schema_history", "vaccine_code");
    private static final String AUDIT = "audit_event";

    /**
     * What the request wrote: the tables, with the audit by action ("audit_event SIGNED_IN"), and the rows as
     * text.
     */
    record Changes(Set<String> written, List<String> rows) {
    }

    /** Per table with ids: the highest id, and for {@link #UPDATED} tables each row by id. */
    private final Map<String, Long> highestIds = new HashMap<>();
    private final Map<String, Map<Long, String>> rowsById = new HashMap<>();
    /** Per table without ids: its rows as text. */
    private final Map<String, Set<String>> rowSets = new HashMap<>();

    private Snapshot() {
    }

    static Snapshot take() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Snapshot snapshot = new Snapshot();
            for (Object[] table : list("""
                    SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c
                        WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'id')
                    FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'""")) {
                String name = (String) table[0];
                if (!IGNORED.contains(name)) {
                    snapshot.read(name, (Boolean) table[1]);
                }
            }
            return snapshot;
        });
    }

    /** What was written since this snapshot was taken. */
    Changes changesSince() {
        Snapshot now = take();
        Set<String> tables = new TreeSet<>();
        List<String> rows = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            highestIds.forEach((table, highest) -> {
                List<String> added = rowsOf("SELECT t::text FROM " + table + " t WHERE t.id > " + highest);
                if (table.equals(AUDIT)) {
                    rowsOf("SELECT action FROM audit_event WHERE id > " + highest)
                            .forEach(action -> tables.add(AUDIT + " " + action));
                    rows.addAll(added);
                    return;
                }
                rowsById.getOrDefault(table, Map.of()).forEach((id, row) -> {
                    String current = now.rowsById.get(table).get(id);
                    if (current != null && !current.equals(row)) {
                        added.add(current);
                    }
                });
                if (!added.isEmpty()) {
                    tables.add(table);
                    rows.addAll(added);
                }
            });
            rowSets.forEach((table, before) -> now.rowSets.get(table).stream().filter(row -> !before.contains(row))
                    .forEach(row -> {
                        tables.add(table);
                        rows.add(row);
                    }));
        });
        return new Changes(tables, rows);
    }

    /** The one number the query answers. */
    static long single(String query, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager().createNativeQuery(query)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private void read(String table, boolean hasId) {
        if (!hasId) {
            rowSets.put(table, new HashSet<>(rowsOf("SELECT t::text FROM " + table + " t")));
            return;
        }
        highestIds.put(table, ((Number) entityManager()
                .createNativeQuery("SELECT coalesce(max(id), 0) FROM " + table).getSingleResult()).longValue());
        if (UPDATED.contains(table)) {
            Map<Long, String> rows = new HashMap<>();
            for (Object[] row : list("SELECT t.id, t::text FROM " + table + " t")) {
                rows.put(((Number) row[0]).longValue(), (String) row[1]);
            }
            rowsById.put(table, rows);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(String query) {
        return entityManager().createNativeQuery(query).getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowsOf(String query) {
        return new ArrayList<>(entityManager().createNativeQuery(query).getResultList());
    }

    private static EntityManager entityManager() {
        return Arc.container().select(EntityManager.class).get();
    }
}
