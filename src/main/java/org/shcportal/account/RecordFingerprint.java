package org.shcportal.account;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.shcportal.cards.HealthRecord;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.issuance.IssuedCard;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonRecords;

/**
 * What a person's cards would contain, as one SHA-256 ({@link IssuanceService#dataVersion}: name, birth date, the
 * completed doses and the results that stand), kept after every feed message about the person so that the next one
 * can tell whether it changed anything a card shows. Before the first, the version of the person's newest issued
 * cards stands in.
 */
@ApplicationScoped
class RecordFingerprint {

    /**
     * Kept with plain JDBC on the transaction's connection: it is written after every feed message, and Hibernate ORM's
     * native-query machinery took several times the statement's own CPU (JFR, MllpBenchmark).
     */
    private static final String KEEP = """
            INSERT INTO record_fingerprint (person_id, data_version, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET data_version = excluded.data_version,
            updated_at = excluded.updated_at""";

    @Inject
    PersonRecords records;

    @Inject
    EntityManager entityManager;

    /**
     * Keeps the person's fingerprint as it is now, in the caller's transaction, and tells whether it differs from the
     * one before. With none before (a person the feed never sent and who was never issued a card), a record with
     * something a card shows counts as changed. A record {@code created} by the message has none before, so none is
     * looked for.
     */
    boolean update(Person person, boolean created) {
        HealthRecord record = records.of(person);
        String now = IssuanceService.dataVersion(record);
        // A record created in this transaction has neither a fingerprint nor issued cards, and no one else sees it.
        Optional<String> before = created ? Optional.empty()
                : stored(person.id).or(() -> IssuedCard.newestDataVersionOf(person.id));
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(KEEP)) {
                statement.setLong(1, person.id);
                statement.setString(2, now);
                statement.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                statement.executeUpdate();
            }
        });
        return before.map(version -> !version.equals(now))
                .orElse(!record.doses().isEmpty() || !record.labs().isEmpty());
    }

    /** The stored fingerprint, locked until the transaction ends so that two messages about one person take turns. */
    private Optional<String> stored(long personId) {
        // Without a result class: Hibernate ORM caches a native query that has one under a new key each time, and
        // searching that growing cache took 15 % of the request threads' CPU samples over 3,000 feed messages
        // (JFR, SoapThroughputBenchmark).
        return entityManager.createNativeQuery(
                "SELECT data_version FROM record_fingerprint WHERE person_id = ?1 FOR UPDATE")
                .setParameter(1, personId).getResultStream().findFirst().map(String.class::cast);
    }
}
