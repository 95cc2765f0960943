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
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A laboratory result: a LOINC-coded test with a coded result (e.g. SNOMED CT) or a value. */
@Entity
@Table(name = "lab_result")
public class LabResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "loinc_code")
    public String loincCode;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** Code system URI of {@link #resultCode}, e.g. {@code http://snomed.info/sct}. */
    @Column(name = "result_system")
    public String resultSystem;

    @Column(name = "result_code")
    public String resultCode;

    @Column(name = "result_value")
    public String resultValue;

    @Column(name = "performer_name")
    public String performerName;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "source_system")
    public String sourceSystem;

    /** The sender's id of the result (HL7 ORC-3, {@code id^namespace}), when the registry feed sent one. */
    @Column(name = "source_id")
    public String sourceId;

    /** The person's results that stand (final, amended or corrected), oldest first. */
    public static List<LabResult> listReportedForPerson(Person person) {
        return list("person = ?1 and status <> ?2 order by effectiveDate, id", person, Status.ENTERED_IN_ERROR);
    }

    public enum Status {
        FINAL,
        AMENDED,
        CORRECTED,
        ENTERED_IN_ERROR
    }
}
