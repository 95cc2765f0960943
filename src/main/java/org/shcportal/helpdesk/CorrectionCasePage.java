package org.shcportal.helpdesk;

import java.util.List;

import org.shcportal.web.FormErrors;

/**
 * One correction request with everything needed to work it: the resident's words, the person, notes, and what can
 * be done next.
 *
 * @param notice the confirmation of the last action, or null
 * @param noteText the note as typed when it came back with a problem
 * @param outcomeText the outcome as typed when it came back with a problem
 */
public record CorrectionCasePage(long id, String received, String kind, String status, String statusSlug,
        boolean closed, String description, String doseDate, String outcome, String assignedTo, long personId,
        String personName, String birthDate, String registryId, String requestedBy, List<Note> notes,
        List<Assignee> assignees, List<OpenForm.ReasonOption> reasons, String ticket, String notice,
        FormErrors errors, String noteText, String outcomeText) {

    /** A note as the request page shows it. */
    public record Note(String by, String at, String text) {
    }

    /** A staff member a request can be assigned to. */
    public record Assignee(String username, String label, boolean current) {
    }
}
