package org.shcportal.helpdesk;

import java.util.List;

/**
 * The help desk's correction queue with its filter as chosen. It names people by initials only: whose description
 * it is appears once a request is opened, and that reading is audited.
 *
 * @param status the status shown (a {@code CorrectionRequest.Status} name), or empty for all
 * @param mine whether only the requests assigned to the signed-in staff member are shown
 * @param truncated whether more requests match than {@code maxRows}
 * @param maxRows the most rows the queue shows
 */
public record CorrectionQueuePage(List<Row> rows, String status, boolean mine, boolean truncated, int maxRows) {

    /** Rows the queue shows at most; a filter narrows it. */
    public static final int MAX_ROWS = 200;

    /** A line of the queue. */
    public record Row(long id, String received, String kind, String status, String statusSlug, String assignedTo,
            String initials) {
    }
}
