package org.shcportal.corrections;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A staff member's note on a correction request; staff only, the resident reads the outcome. */
@Entity
@Table(name = "correction_note")
public class CorrectionNote extends PanacheEntityBase {

    /** The longest note, in characters (as PostgreSQL counts them). */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public Long requestId;

    @Column(name = "staff_username")
    public String staffUsername;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The notes on a request, oldest first: a case reads top to bottom. */
    public static List<CorrectionNote> listFor(long requestId) {
        return list("requestId = ?1 order by createdAt, id", requestId);
    }
}
