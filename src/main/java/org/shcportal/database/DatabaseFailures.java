package org.shcportal.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached from any other failure. Each question is asked of the failure, its causes,
 * and the exceptions suppressed on the way: a transaction manager that cannot commit reports the database's answer as
 * a suppressed exception of its own (Narayana's RollbackException holds the XAException that holds the driver's).
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * True when {@code failure} or one of its causes says the database could not be reached: a connection error,
     * SQLSTATE class 08 (connection exception), 57P01 (admin shutdown) or 57P03 (cannot connect now).
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause : within(failure)) {
            if (cause instanceof ConnectException || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code failure} or one of its causes says that the connection pool had no connection to give within
     * {@code quarkus.datasource.jdbc.acquisition-timeout}: every connection is busy, as when the database answers too
     * slowly for the load. Agroal says so with a plain {@link SQLException} without SQLSTATE whose message names the
     * acquisition timeout ("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection";
     * Agroal's ConnectionPool).
     */
    public static boolean isPoolExhausted(Throwable failure) {
        for (Throwable cause : within(failure)) {
            if (cause instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SQLSTATE when {@code failure} or one of its causes is a data exception (class 22: a value PostgreSQL refuses
     * to store or compare, such as text holding U+0000, text too long for its column, "abc" as a number; PostgreSQL
     * manual, Appendix A): in a request, a value the page's own checks let through.
     */
    public static Optional<String> dataExceptionState(Throwable failure) {
        return stateOf(failure, "22");
    }

    /**
     * Whether {@code failure} or one of its causes is a unique violation (SQLSTATE 23505, PostgreSQL manual, Appendix
     * A): the pages check for duplicates before they write, so in a request this is a second, simultaneous submission
     * of the same thing that lost the race to the first.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return stateOf(failure, "23505").isPresent();
    }

    private static Optional<String> stateOf(Throwable failure, String prefix) {
        for (Throwable cause : within(failure)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(prefix)) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** The failure, its causes and what was suppressed along them, each once, in the order found. */
    private static List<Throwable> within(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
        while (!next.isEmpty()) {
            Throwable throwable = next.removeFirst();
            if (seen.add(throwable)) {
                found.add(throwable);
                Optional.ofNullable(throwable.getCause()).ifPresent(next::add);
                next.addAll(List.of(throwable.getSuppressed()));
            }
        }
        return found;
    }
}
