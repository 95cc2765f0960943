package org.shcportal.helpdesk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.audit.StaffReason;
import org.shcportal.corrections.CorrectionNote;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;

/**
 * The help desk's work on correction requests: notes, assignment, "being reviewed", closing with an
 * outcome the resident reads. Each change and each reading of a request is audited with the reason "correction
 * request" and the person as subject, in the same transaction as the change.
 */
@ApplicationScoped
@Transactional
public class CorrectionCases {

    @Inject
    SignedInStaff staff;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A request and its notes, for a staff member who may work them; audited as a view of the person's record. */
    public CorrectionRequest read(long requestId) {
        staff.require(StaffPermission.WORK_CORRECTIONS);
        CorrectionRequest request = find(requestId);
        audited(request, AuditAction.STAFF_CORRECTION_VIEWED);
        return request;
    }

    /** Adds a note; empty text is refused before this is called. */
    public void addNote(long requestId, String text) {
        CorrectionRequest request = find(requestId);
        CorrectionNote note = new CorrectionNote();
        note.requestId = request.id;
        note.staffUsername = staff.account().username;
        note.text = text;
        note.createdAt = clock.instant();
        note.persist();
        changed(request, AuditAction.STAFF_CORRECTION_UPDATED);
    }

    public void assign(long requestId, String username) {
        CorrectionRequest request = find(requestId);
        request.assignedTo = username;
        changed(request, AuditAction.STAFF_CORRECTION_UPDATED);
    }

    public void startReview(long requestId) {
        CorrectionRequest request = find(requestId);
        request.status = CorrectionRequest.Status.IN_PROGRESS;
        changed(request, AuditAction.STAFF_CORRECTION_UPDATED);
    }

    public void close(long requestId, String outcome) {
        CorrectionRequest request = find(requestId);
        request.status = CorrectionRequest.Status.CLOSED;
        request.outcome = outcome;
        changed(request, AuditAction.STAFF_CORRECTION_CLOSED);
    }

    /** The enabled staff accounts whose role may work correction requests, by username. */
    public List<StaffAccount> assignees() {
        return StaffAccount.listByUsername().stream()
                .filter(account -> !account.disabled && account.may(StaffPermission.WORK_CORRECTIONS)).toList();
    }

    /** The account {@code username} names, if it may be assigned a request. */
    public Optional<StaffAccount> assignee(String username) {
        return assignees().stream().filter(account -> account.username.equals(username)).findFirst();
    }

    /** The request's number as the audit's ticket, so a supervisor finds every action on one case. */
    public static String ticketOf(long requestId) {
        return "CR-" + requestId;
    }

    private CorrectionRequest find(long requestId) {
        staff.require(StaffPermission.WORK_CORRECTIONS);
        return CorrectionRequest.<CorrectionRequest> findByIdOptional(requestId)
                .orElseThrow(NotFoundException::new);
    }

    private void changed(CorrectionRequest request, AuditAction action) {
        request.updatedAt = clock.instant();
        audited(request, action);
    }

    private void audited(CorrectionRequest request, AuditAction action) {
        audit.record(action, staff.actor(), request.person.id, StaffReason.CORRECTION_REQUEST.name(),
                ticketOf(request.id));
    }
}
