package org.shcportal.feed;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A message the registry feed received: who sent it (MSH-4), its control id (MSH-10), when, and the ACK it was
 * answered with; never its content. The same sender and control id again get the same ACK.
 */
@Entity
@Table(name = "feed_message")
public class FeedMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String sender;

    @Column(name = "control_id")
    public String controlId;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** MSA-1 of the answer: AA, AE or AR. */
    @Column(columnDefinition = "bpchar")
    public String outcome;

    public String ack;

    /** One {@link FeedProblem#summary()} a line; null when there was none. */
    @Column(name = "error_locations")
    public String errorLocations;

    static Optional<FeedMessage> find(String sender, String controlId) {
        return find("sender = ?1 and controlId = ?2", sender, controlId).firstResultOptional();
    }
}
