package org.shcportal.approvals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.shcportal.audit.StaffReason;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A change to a person's record that a staff member asked for and another staff member, a supervisor, decides
 * (the requester cannot approve their own; the database refuses it too).
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest extends PanacheEntityBase {

    /** The longest note a requester or a supervisor may write. */
    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    /** The phone (E.164) or email to add, or the guardian's registry id; null for a revocation. */
    public String value;

    @Enumerated(EnumType.STRING)
    public GuardianLink.Relationship relationship;

    public String note;

    /** The reason the requester opened the record with; for a revocation, the reason chosen for it. */
    @Enumerated(EnumType.STRING)
    public StaffReason reason;

    public String ticket;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    /** The requests waiting for a decision, oldest first. */
    public static List<ChangeRequest> listPending() {
        return list("status = ?1 order by requestedAt, id", Status.PENDING);
    }

    /** Whether the same change for the person is already waiting for a decision. */
    static boolean isPending(Person person, ChangeKind kind, String value) {
        return value == null
                ? count("person = ?1 and kind = ?2 and status = ?3 and value is null", person, kind, Status.PENDING) > 0
                : count("person = ?1 and kind = ?2 and status = ?3 and value = ?4", person, kind, Status.PENDING,
                        value) > 0;
    }

    /** The request, locked for this transaction: two supervisors deciding at once decide one after the other. */
    static Optional<ChangeRequest> findForDecision(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Where a request is in its life. */
    public enum Status {
        PENDING,
        APPROVED,
        DENIED
    }
}
