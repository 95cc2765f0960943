package org.shcportal.helpdesk;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shcportal.audit.StaffReason;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's record opened by a staff session, with the reason and ticket the staff member gave. */
@Entity
@Table(name = "staff_record_access")
public class OpenedRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "person_id")
    public Long personId;

    @Enumerated(EnumType.STRING)
    public StaffReason reason;

    public String ticket;

    @Column(name = "opened_at")
    public Instant openedAt;

    static Optional<OpenedRecord> findLatest(long sessionId, long personId) {
        return find("sessionId = ?1 and personId = ?2 order by openedAt desc, id desc", sessionId, personId)
                .firstResultOptional();
    }
}
