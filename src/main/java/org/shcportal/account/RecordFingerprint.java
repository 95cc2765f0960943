package org.shcportal.account;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.shcportal.cards.HealthRecord;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.issuance.IssuedCard;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonRecords;
import org.shcportal.signin.ResidentSignedIn;

/**
 * What a person's cards would contain, as one SHA-256 ({@link IssuanceService#dataVersion}: name, birth date, the
 * completed doses and the results that stand), kept after every feed message about the person so that the next one
 * can tell whether it changed anything a card shows (but one that creates the record without linking a guardian:
 * {@link RecordChangeNotices}), and kept when a resident signs in for them and the minors in their care if none is
 * kept yet: what they could see then is what the next message is compared with. Before either, the version of the
 * person's newest issued cards stands in.
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
    /** As {@link #KEEP}, leaving a fingerprint kept in the meantime (by a feed message) as it is. */
    private static final String KEEP_FIRST = """
            INSERT INTO record_fingerprint (person_id, data_version, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (person_id) DO NOTHING""";

    @Inject
    PersonRecords records;

    @Inject
    EntityManager entityManager;

    /**
     * Keeps the person's fingerprint as it is now, in the caller's transaction, and tells whether it differs from the
     * one before. With none before (a record no stored message changed, no sign-in kept and no card shows), a record
     * with something a card shows counts as changed. A record {@code created} by the message has none before, so none
     * is looked for.
     */
    boolean update(Person person, boolean created) {
        HealthRecord record = records.of(person);
        String now = IssuanceService.dataVersion(record);
        // A record created in this transaction has neither a fingerprint nor issued cards, and no one else sees it.
        Optional<String> before = created ? Optional.empty()
                : stored(person.id).or(() -> IssuedCard.newestDataVersionOf(person.id));
        keep(KEEP, person.id, now);
        return before.map(version -> !version.equals(now))
                .orElse(!record.doses().isEmpty() || !record.labs().isEmpty());
    }

    /** Keeps the first fingerprints of a resident who signed in and of the minors in their care. */
    void onSignedIn(@Observes ResidentSignedIn signedIn) {
        Person person = Person.findById(signedIn.personId());
        if (person != null) {
            keepFirst(person);
            Person.listMinorsOf(person).forEach(this::keepFirst);
        }
    }

    private void keepFirst(Person person) {
        if (entityManager.createNativeQuery("SELECT 1 FROM record_fingerprint WHERE person_id = ?1")
                .setParameter(1, person.id).getResultList().isEmpty()) {
            keep(KEEP_FIRST, person.id, IssuanceService.dataVersion(records.of(person)));
        }
    }

    private void keep(String sql, long personId, String version) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, personId);
                statement.setString(2, version);
                statement.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                statement.executeUpdate();
            }
        });
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
