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

    /** Records {@code action} by {@code actor} concerning the person {@code subjectPersonId} (may be null). */
    public void record(AuditAction action, Actor actor, Long subjectPersonId, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.action = action;
        event.actorKind = actor.kind();
        event.actorPersonId = actor.personId();
        event.actorStaff = actor.staff();
        event.subjectPersonId = subjectPersonId;
        event.reason = reason;
        event.ipHash = clientAddress.hash().orElse(null);
        event.persist();
    }

    public void record(AuditAction action, Actor actor, Long subjectPersonId) {
        record(action, actor, subjectPersonId, null);
    }
}
