package org.shcportal.feed;

import java.util.List;

import org.shcportal.web.FormErrors;

/**
 * The admin's "Registry feed" page: the newest messages and the last day's outcomes, with the filter as chosen. Holds
 * only what {@code feed_message} holds: senders, control ids, times, outcomes and HL7 error locations.
 */
public record RegistryFeedPage(int limit, List<Row> rows, List<Count> lastDay, List<String> outcomes, List<String> senders,
        String outcome, String sender, FormErrors errors) {

    /** One message: its control id (MSH-10), sender, when it was received, its outcome and its problems. */
    public record Row(String controlId, String sender, String received, String outcome, List<String> problems) {
    }

    /** How many messages of the last 24 hours had this outcome. */
    public record Count(String outcome, long messages) {
    }
}
