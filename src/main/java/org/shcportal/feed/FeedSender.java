package org.shcportal.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An organisation that submits HL7 messages over SOAP: its username, bcrypt password hash and the sending facilities
 * (SOAP {@code facilityID}, HL7 MSH-4) it may submit for.
 */
@Entity
@Table(name = "feed_sender")
public class FeedSender extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "facility_ids")
    public String[] facilityIds;

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    static Optional<FeedSender> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    static List<FeedSender> listByUsername() {
        return list("order by username");
    }

    /** Whether this sender may submit for the facility. */
    boolean mayReport(String facilityId) {
        return facilityId != null && List.of(facilityIds).contains(facilityId);
    }
}
