package org.shcportal.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in code the portal queued for a contact, read from the outbox table (db-migrations, outbound_message) as
 * the SMS gateway or the mail server would receive it. The portal keeps the bodies of sent messages only when
 * portal.delivery.keep-sent-bodies is on, which the load run sets (docs/capacity.md).
 */
final class SignInCodes {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final String NEWEST = "SELECT body FROM outbound_message WHERE recipient = ? AND id > ?"
            + " ORDER BY id DESC LIMIT 1";
    private static final String LAST_ID = "SELECT coalesce(max(id), 0) FROM outbound_message";

    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    /** One connection per load-generator thread, not one per code: a new PostgreSQL connection is a new process. */
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final long floor;

    /** Reads codes queued from now on: a message of an earlier run on the same database is never taken. */
    SignInCodes(LoadSettings settings) {
        this(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    /** Reads codes queued from now on in the database at {@code dbUrl}. */
    SignInCodes(String dbUrl, String dbUser, String dbPassword) {
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        try (PreparedStatement statement = connection().prepareStatement(LAST_ID);
                ResultSet result = statement.executeQuery()) {
            result.next();
            floor = result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outbox failed", e);
        }
    }

    /**
     * The code in the newest message of this run to the contact on file, if one was queued. A connection the database
     * ended (a restart) is replaced once.
     */
    Optional<String> codeFor(String contact) {
        try {
            return newestCode(contact);
        } catch (SQLException e) {
            forgetConnection();
            try {
                return newestCode(contact);
            } catch (SQLException again) {
                forgetConnection();
                throw new IllegalStateException("Reading the outbox failed", again);
            }
        }
    }

    private Optional<String> newestCode(String contact) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(NEWEST)) {
            statement.setString(1, recipient(contact));
            statement.setLong(2, floor);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || result.getString(1) == null) {
                    return Optional.empty();
                }
                Matcher matcher = CODE.matcher(result.getString(1));
                return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
            }
        }
    }

    /** The outbox's recipient for a contact on file: email addresses are kept in lower case, phones as on file. */
    private static String recipient(String contact) {
        return contact.contains("@") ? contact.toLowerCase(Locale.ROOT) : contact;
    }

    private void forgetConnection() {
        Connection connection = connections.get();
        connections.remove();
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // a connection the database already ended
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = connections.get();
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
            connections.set(connection);
        }
        return connection;
    }
}
