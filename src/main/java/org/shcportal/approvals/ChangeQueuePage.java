package org.shcportal.approvals;

import java.util.List;

import org.shcportal.web.FormErrors;

/**
 * The requests waiting for a supervisor: enough to decide (who asked, when, what, for whom, why) without opening
 * the record; new contacts are shown partly hidden.
 *
 * @param mayDecide whether the signed-in role approves and denies
 * @param notice a confirmation of the last decision, or null
 * @param errors why the last decision was refused, at the request or its note
 */
public record ChangeQueuePage(List<Item> items, boolean mayDecide, String notice, FormErrors errors) {

    /**
     * One pending request.
     *
     * @param own whether the signed-in staff member asked for it (they cannot decide it)
     */
    public record Item(long id, String requestedAt, String requestedBy, String kind, String person, String change,
            String note, String reason, String ticket, boolean own) {
    }
}
