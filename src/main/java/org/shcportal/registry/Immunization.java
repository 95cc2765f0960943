package org.shcportal.registry;

import java.time.LocalDate;
import java.util.List;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A vaccine dose given to a person, coded with CDC CVX (vaccine) and MVX (manufacturer). */
@Entity
public class Immunization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "cvx_code")
    public String cvxCode;

    @Column(name = "occurrence_date")
    public LocalDate occurrenceDate;

    @Column(name = "lot_number")
    public String lotNumber;

    @Column(name = "mvx_code")
    public String mvxCode;

    /** Who gave the dose or where, as a display name. */
    @Column(name = "performer_name")
    public String performerName;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "source_system")
    public String sourceSystem;

    /** The source system's own id of the dose (HL7 ORC-3), so that its later updates find it; may be null. */
    @Column(name = "source_id")
    public String sourceId;

    /** The completed doses of the person, the order they were given. */
    public static List<Immunization> listCompletedForPerson(Person person) {
        return list("person = ?1 and status = ?2 order by occurrenceDate, id", person, Status.COMPLETED);
    }

    public enum Status {
        COMPLETED,
        ENTERED_IN_ERROR,
        NOT_DONE
    }
}
