package org.shcportal.approvals;

import java.util.List;

/**
 * The requests waiting for a supervisor: enough to decide (who asked, when, what, for whom, why) without opening
 * the record; new contacts are shown partly hidden.
 *
 * @param mayDecide whether the signed-in role approves and denies
 * @param notice a confirmation of the last decision, or null
 * @param error why the last decision was refused, or null
 */
public record ChangeQueuePage(List<Item> items, boolean mayDecide, String notice, String error) {

    /**
     * One pending request.
     *
     * @param own whether the signed-in staff member asked for it (they cannot decide it)
     */
    public record Item(long id, String requestedAt, String requestedBy, String kind, String person, String change,
            String note, String reason, String ticket, boolean own) {
    }
}
