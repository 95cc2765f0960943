package org.shcportal.carddelivery;

import org.shcportal.web.FormErrors;

/**
 * The "send cards" page: the person, and where their cards can go.
 *
 * @param errors what was wrong with the last submission, at the section (email or mail) it concerns
 */
public record SendCardsPage(long personId, String name, String registryId, DeliveryOptions options,
        FormErrors errors) {
}
