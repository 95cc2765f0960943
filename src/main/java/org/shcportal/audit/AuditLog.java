package org.shcportal.audit;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes audit events, in the caller's transaction when there is one: an action and its audit commit together. */
@ApplicationScoped
@Transactional
public class AuditLog {

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /**
     * Records {@code action} by {@code actor} concerning the person {@code subjectPersonId} (may be null), with the
     * reason and help-desk ticket staff gave (may be null).
     */
    public void record(AuditAction action, Actor actor, Long subjectPersonId, String reason, String ticket) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.action = action;
        event.actorKind = actor.kind();
        event.actorPersonId = actor.personId();
        event.actorStaff = actor.staff();
        event.actorRole = actor.role();
        event.subjectPersonId = subjectPersonId;
        event.reason = reason;
        event.ticket = ticket;
        event.ipHash = clientAddress.hash().orElse(null);
        event.persist();
    }

    public void record(AuditAction action, Actor actor, Long subjectPersonId, String reason) {
        record(action, actor, subjectPersonId, reason, null);
    }

    public void record(AuditAction action, Actor actor, Long subjectPersonId) {
        record(action, actor, subjectPersonId, null, null);
    }
}
