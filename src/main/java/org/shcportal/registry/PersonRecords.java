package org.shcportal.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.shcportal.cards.CardSubject;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.LabObservation;
import org.shcportal.cards.VaccineDose;

/**
 * Reads what the registry holds about a person into the card pipeline's plain records. The doses and results are read
 * with plain JDBC on the transaction's connection, after the session's pending changes are written: they become plain
 * records at once, and after every registry feed message (the "your record changed" fingerprint) Hibernate ORM's
 * query and entity machinery took more of the portal's CPU than the two statements (JFR, MllpBenchmark).
 */
@ApplicationScoped
public class PersonRecords {

    /** As {@link Immunization#listCompletedForPerson}. */
    private static final String DOSES = """
            SELECT cvx_code, occurrence_date, lot_number, performer_name FROM immunization
            WHERE person_id = ? AND status = 'COMPLETED' ORDER BY occurrence_date, id""";
    /** As {@link LabResult#listReportedForPerson}. */
    private static final String LABS = """
            SELECT loinc_code, effective_date, status, result_system, result_code, result_value, performer_name
            FROM lab_result WHERE person_id = ? AND status <> 'ENTERED_IN_ERROR' ORDER BY effective_date, id""";

    @Inject
    EntityManager entityManager;

    /** The person's cardable records: completed doses and results that stand; empty for an unknown id. */
    @Transactional
    public Optional<HealthRecord> of(String registryId) {
        return Person.findByRegistryId(registryId).map(this::healthRecord);
    }

    /** The cardable records of a person already read from the registry. */
    @Transactional
    public HealthRecord of(Person person) {
        return healthRecord(person);
    }

    private HealthRecord healthRecord(Person person) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(connection -> new HealthRecord(subject(person), doses(connection, person.id),
                labs(connection, person.id)));
    }

    private static List<VaccineDose> doses(Connection connection, long personId) throws SQLException {
        List<VaccineDose> doses = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DOSES)) {
            statement.setLong(1, personId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    doses.add(new VaccineDose(row.getString(1), row.getObject(2, LocalDate.class), row.getString(3),
                            row.getString(4)));
                }
            }
        }
        return doses;
    }

    /** Only the tests of the Vaccination & Testing IG's value sets go on a card; others stay in the registry. */
    private static List<LabObservation> labs(Connection connection, long personId) throws SQLException {
        List<LabObservation> labs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LABS)) {
            statement.setLong(1, personId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String loinc = row.getString(1);
                    if (LabTests.kindOf(loinc) != LabTests.TestKind.OTHER) {
                        labs.add(new LabObservation(loinc, row.getObject(2, LocalDate.class),
                                row.getString(3).toLowerCase(Locale.ROOT), row.getString(4), row.getString(5),
                                row.getString(6), row.getString(7)));
                    }
                }
            }
        }
        return labs;
    }

    private static CardSubject subject(Person person) {
        List<String> given = new ArrayList<>(List.of(person.givenName));
        if (person.middleName != null && !person.middleName.isBlank()) {
            given.add(person.middleName);
        }
        return new CardSubject(person.registryId, person.familyName, given, person.birthDate,
                person.identityAssurance);
    }
}
