package org.shcportal.feed;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.shcportal.feed.Acknowledgement.Outcome;

/**
 * The answers the feed keeps, one {@link FeedMessage} row per sender and control id, read and written in the
 * message's transaction with plain JDBC: every message adds one, and Hibernate ORM's query and entity machinery took
 * more of the portal's CPU than the statements themselves (measured with JFR, MllpBenchmark).
 */
@ApplicationScoped
class KeptAnswers {

    private static final String FIND = """
            SELECT sender, control_id, outcome, ack, error_locations FROM feed_message
            WHERE sender = ? AND control_id = ?""";
    private static final String KEEP = """
            INSERT INTO feed_message (sender, control_id, received_at, outcome, ack, error_locations)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sender, control_id) DO NOTHING""";

    @Inject
    EntityManager entityManager;

    /** The answer kept for the sender's message with this control id, if any. */
    Optional<Receipt> find(String sender, String controlId) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
                statement.setString(1, sender);
                statement.setString(2, controlId);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    String problems = row.getString(5);
                    return Optional.of(new Receipt(row.getString(1), row.getString(2),
                            Outcome.valueOf(row.getString(3)), problems == null ? List.of()
                                    : List.of(problems.split("\n")),
                            row.getString(4)));
                }
            }
        });
    }

    /**
     * Keeps {@code receipt}, received at {@code receivedAt}, with its problems as {@code errorLocations}; false, keeping
     * nothing, when an answer to the same sender and control id is kept already (once its transaction committed).
     */
    boolean keep(Receipt receipt, Instant receivedAt, String errorLocations) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(KEEP)) {
                statement.setString(1, receipt.sender());
                statement.setString(2, receipt.controlId());
                statement.setObject(3, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
                statement.setString(4, receipt.outcome().name());
                statement.setString(5, receipt.ack());
                statement.setString(6, errorLocations);
                return statement.executeUpdate() == 1;
            }
        });
    }
}
