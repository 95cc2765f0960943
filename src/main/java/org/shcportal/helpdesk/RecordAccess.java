package org.shcportal.helpdesk;

import java.time.Clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.audit.StaffReason;
import org.shcportal.registry.Person;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;

/**
 * The records the signed-in staff session has opened, each with the reason given (no record is shown before the
 * agent picks a reason). Every page and action about a person asks {@link #require}: a record not opened in
 * this session is a 404, whether or not the id exists, so guessing ids in URLs shows nothing.
 */
@RequestScoped
public class RecordAccess {

    /** Help-desk tickets are short references such as "INC-20461". */
    public static final int TICKET_MAX_LENGTH = 40;

    @Inject
    SignedInStaff staff;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Opens the person's record for this session with a reason (and ticket), and audits the view. */
    @Transactional
    public OpenedRecord open(long personId, StaffReason reason, String ticket) {
        staff.require(StaffPermission.FIND_PEOPLE);
        Person person = Person.<Person> findByIdOptional(personId).orElseThrow(NotFoundException::new);
        OpenedRecord opened = new OpenedRecord();
        opened.sessionId = staff.sessionId();
        opened.personId = person.id;
        opened.reason = reason;
        opened.ticket = ticket == null || ticket.isBlank() ? null : ticket.strip();
        opened.openedAt = clock.instant();
        opened.persist();
        audit.record(AuditAction.STAFF_RECORD_OPENED, staff.actor(), person.id, reason.name(), opened.ticket);
        return opened;
    }

    /**
     * The newest opening of the person's record in this session, for a role with {@code permission}; a 404 when this
     * session has not opened it, a 403 when the role lacks the permission.
     */
    @Transactional
    public OpenedRecord require(long personId, StaffPermission permission) {
        staff.require(permission);
        return OpenedRecord.findLatest(staff.sessionId(), personId).orElseThrow(NotFoundException::new);
    }

    /**
     * Audits {@code action} on an opened record with the reason and ticket it was opened with: who, role, what,
     * whose record, reason, ticket, when.
     */
    public void audit(OpenedRecord record, AuditAction action) {
        audit(record, action, record.reason);
    }

    /** Audits {@code action} on an opened record with the reason given for that action and the record's ticket. */
    public void audit(OpenedRecord record, AuditAction action, StaffReason reason) {
        audit.record(action, staff.actor(), record.personId, reason.name(), record.ticket);
    }
}
