package org.shcportal.helpdesk;

import java.util.List;

import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The audit rows a staff account wrote, for tests of the help desk. */
public final class StaffAudit {

    private StaffAudit() {
    }

    /** Every event by the staff account, oldest first. */
    public static List<AuditEvent> by(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent> list("actorStaff = ?1 order by id", username));
    }

    /** The events of one action by the staff account, oldest first. */
    public static List<AuditEvent> by(String username, AuditAction action) {
        return by(username).stream().filter(event -> event.action == action).toList();
    }

    /** The newest event by the staff account. */
    public static AuditEvent lastBy(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> find(
                "actorStaff = ?1 order by id desc", username).firstResult());
    }

    /** The actions the staff account did, in order. */
    public static List<AuditAction> actionsOf(String username) {
        return by(username).stream().map(event -> event.action).toList();
    }
}
