package org.shcportal.audit;

/** Who did something that is audited: a visitor, a signed-in resident, a staff account (with its role), the system. */
public record Actor(AuditEvent.ActorKind kind, Long personId, String staff, String role) {

    public static Actor anonymous() {
        return new Actor(AuditEvent.ActorKind.ANONYMOUS, null, null, null);
    }

    public static Actor resident(long personId) {
        return new Actor(AuditEvent.ActorKind.RESIDENT, personId, null, null);
    }

    /** A staff account acting in {@code role} (AGENT, SUPERVISOR or ADMIN). */
    public static Actor staff(String username, String role) {
        return new Actor(AuditEvent.ActorKind.STAFF, null, username, role);
    }

    /** The registry itself: an operator command, not a person signed in to the portal. */
    public static Actor system() {
        return new Actor(AuditEvent.ActorKind.SYSTEM, null, null, null);
    }
}
