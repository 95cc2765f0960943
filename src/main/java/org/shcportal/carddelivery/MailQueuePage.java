package org.shcportal.carddelivery;

import java.util.List;

/**
 * The mail queue as a supervisor sees it: the batch to print (the oldest queued requests, at most
 * {@link MailBatch#LIMIT}), with only what is needed to match paper and envelope: when, by whom, initials and ZIP.
 *
 * @param ids the batch's request ids, comma-separated: the PDF link and the "mark printed" form carry them, so a
 *        request queued after the page was loaded is neither printed nor marked
 * @param more how many queued requests are left for the next batch
 */
public record MailQueuePage(List<Item> items, String ids, String reference, long more, String notice) {

    /** One queued request. */
    public record Item(long id, String queuedAt, String queuedBy, String initials, String zip) {
    }
}
