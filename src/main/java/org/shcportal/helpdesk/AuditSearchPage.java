package org.shcportal.helpdesk;

import java.util.List;

import org.shcportal.web.FormErrors;

/**
 * The audit search: the filters as typed and what is wrong with them, the actions to choose from, and once searched
 * a page of events with links to the newer and older ones.
 *
 * @param newer the link to the newer events, or null
 * @param older the link to the older events, or null
 */
public record AuditSearchPage(AuditFilter.Input filter, FormErrors errors, List<Choice> staffActions,
        List<Choice> residentActions, List<Row> rows, boolean searched, String newer, String older) {

    /** An action in the select. */
    public record Choice(String name, String label) {
    }

    /** One audit event as the results table shows it. */
    public record Row(String when, String who, String action, String whose, String reason, String ticket) {
    }
}
