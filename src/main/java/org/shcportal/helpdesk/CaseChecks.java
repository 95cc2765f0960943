package org.shcportal.helpdesk;

import org.shcportal.corrections.CorrectionNote;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * What is wrong with a change to a correction request, at the field of the request page it concerns; empty when
 * the change can be made. A closed request takes notes only.
 */
final class CaseChecks {

    private CaseChecks() {
    }

    /** A note, already cleaned: not empty, not too long. */
    static FormErrors note(String text) {
        FormErrors errors = new FormErrors();
        checkText(errors, "note", text, messages().corrections_error_note_missing());
        return errors;
    }

    /** An assignment to {@code username}, who must be able to work requests ({@code assignable}). */
    static FormErrors assignment(long requestId, String username, boolean assignable) {
        FormErrors errors = new FormErrors();
        if (username == null || !assignable) {
            errors.add("assignee", messages().corrections_error_assignee());
        } else if (CorrectionRequest.isClosed(requestId)) {
            errors.add("assignee", messages().corrections_error_assign_closed());
        }
        return errors;
    }

    /** Marking the request "being reviewed". */
    static FormErrors review(long requestId) {
        FormErrors errors = new FormErrors();
        if (CorrectionRequest.isClosed(requestId)) {
            errors.add("status-action", messages().corrections_error_review_closed());
        }
        return errors;
    }

    /** Closing the request with an outcome, already cleaned. */
    static FormErrors closing(long requestId, String outcome) {
        FormErrors errors = new FormErrors();
        if (CorrectionRequest.isClosed(requestId)) {
            errors.add("outcome", messages().corrections_error_already_closed());
        } else {
            checkText(errors, "outcome", outcome, messages().corrections_error_outcome_missing());
        }
        return errors;
    }

    private static void checkText(FormErrors errors, String field, String text, String missing) {
        int length = text.codePointCount(0, text.length());
        if (text.isEmpty()) {
            errors.add(field, missing);
        } else if (length > CorrectionNote.MAX_LENGTH) {
            errors.add(field, messages().corrections_error_too_long(CorrectionNote.MAX_LENGTH, length));
        }
    }

    private static HelpdeskMessages messages() {
        return MessageBundles.get(HelpdeskMessages.class);
    }
}
