package org.shcportal.corrections;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.shcportal.registry.Person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A resident's report that something in a record is missing or wrong, and what became of it. */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest extends PanacheEntityBase {

    /** The longest description, in characters (Unicode code points, as PostgreSQL counts them). */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Whose record it is about. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    /** The signed-in resident who sent it: the person, or a parent or guardian. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_by_person_id")
    public Person requestedBy;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String description;

    /** The date of the dose concerned, when the resident gave one. */
    @Column(name = "dose_date")
    public LocalDate doseDate;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** What the registry team found or changed, for the resident to read; null until they say. */
    public String outcome;

    /** The username of the staff member working on it; null while nobody is. */
    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The requests about a person's record, newest first. */
    public static List<CorrectionRequest> listForPerson(Person person) {
        return list("person = ?1 order by createdAt desc, id desc", person);
    }

    /**
     * Up to {@code limit} requests in {@code status}, only those assigned to {@code assignedTo} unless it is null:
     * requests still to do oldest first, closed ones newest closed first.
     */
    public static List<CorrectionRequest> listInStatus(Status status, String assignedTo, int limit) {
        String order = status == Status.CLOSED ? " order by updatedAt desc, id desc" : " order by createdAt, id";
        if (assignedTo == null) {
            return find("status = ?1" + order, status).page(0, limit).list();
        }
        return find("status = ?1 and assignedTo = ?2" + order, status, assignedTo).page(0, limit).list();
    }

    /** Whether the request exists and is closed. */
    public static boolean isClosed(long id) {
        return CorrectionRequest.<CorrectionRequest> findByIdOptional(id)
                .filter(request -> request.status == Status.CLOSED).isPresent();
    }

    /** A request about this person's record that this resident sent. */
    public static Optional<CorrectionRequest> findSentBy(long id, Person person, Person requestedBy) {
        return find("id = ?1 and person = ?2 and requestedBy = ?3", id, person, requestedBy).firstResultOptional();
    }

    public enum Kind {
        MISSING_DOSE,
        WRONG_DOSE,
        WRONG_NAME_OR_BIRTH_DATE,
        OTHER
    }

    public enum Status {
        /** Received, not yet looked at. */
        OPEN,
        /** The registry team is reviewing it. */
        IN_PROGRESS,
        CLOSED
    }
}
