package org.shcportal.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the append-only audit (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    public ActorKind actorKind;

    @Column(name = "actor_person_id")
    public Long actorPersonId;

    @Column(name = "actor_staff")
    public String actorStaff;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "subject_person_id")
    public Long subjectPersonId;

    public String reason;

    @Column(name = "ip_hash")
    public String ipHash;

    public String ticket;

    /** Everything about a person's record or done by them, newest first: their access history. */
    public static List<AuditEvent> listConcerning(long personId, int limit) {
        return find("subjectPersonId = ?1 or actorPersonId = ?1 order by occurredAt desc, id desc", personId)
                .page(0, limit).list();
    }

    public enum ActorKind {
        ANONYMOUS,
        RESIDENT,
        STAFF,
        SYSTEM
    }
}
