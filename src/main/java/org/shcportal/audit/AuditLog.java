package org.shcportal.audit;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Writes audit events, in the caller's transaction when there is one: an action and its audit commit together. A row
 * is inserted with plain JDBC on the transaction's connection rather than persisted as an {@link AuditEvent}: nothing
 * reads it back in the same transaction as an entity, its identity key keeps Hibernate ORM from batching it anyway,
 * and every registry feed message writes one, where Hibernate ORM's entity machinery cost more of the portal's CPU
 * than the insert itself (JFR, MllpBenchmark). Queries later in the transaction see it, on the same connection.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, action, actor_kind, actor_person_id, actor_staff, actor_role,
            subject_person_id, reason, ip_hash, ticket) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager entityManager;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /**
     * Records {@code action} by {@code actor} concerning the person {@code subjectPersonId} (may be null), with the
     * reason and help-desk ticket staff gave (may be null).
     */
    public void record(AuditAction action, Actor actor, Long subjectPersonId, String reason, String ticket) {
        String ipHash = clientAddress.hash().orElse(null);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                statement.setString(2, action.name());
                statement.setString(3, actor.kind().name());
                statement.setObject(4, actor.personId(), Types.BIGINT);
                statement.setString(5, actor.staff());
                statement.setString(6, actor.role());
                statement.setObject(7, subjectPersonId, Types.BIGINT);
                statement.setString(8, reason);
                statement.setString(9, ipHash);
                statement.setString(10, ticket);
                statement.executeUpdate();
            }
        });
    }

    public void record(AuditAction action, Actor actor, Long subjectPersonId, String reason) {
        record(action, actor, subjectPersonId, reason, null);
    }

    public void record(AuditAction action, Actor actor, Long subjectPersonId) {
        record(action, actor, subjectPersonId, null, null);
    }
}
