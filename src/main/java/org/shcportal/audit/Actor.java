package org.shcportal.audit;

/** Who did something that is audited. */
public record Actor(AuditEvent.ActorKind kind, Long personId, String staff) {

    public static Actor anonymous() {
        return new Actor(AuditEvent.ActorKind.ANONYMOUS, null, null);
    }

    /** The registry itself: an operator command, not a person signed in to the portal. */
    public static Actor system() {
        return new Actor(AuditEvent.ActorKind.SYSTEM, null, null);
    }

    public static Actor resident(long personId) {
        return new Actor(AuditEvent.ActorKind.RESIDENT, personId, null);
    }
}
