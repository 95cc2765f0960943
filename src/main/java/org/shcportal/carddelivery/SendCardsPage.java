package org.shcportal.carddelivery;

import java.util.List;

import org.shcportal.helpdesk.OpenForm;
import org.shcportal.web.FormErrors;

/**
 * The "send cards" page: the person, why the cards may be sent (the reasons for a delivery), and where they can go.
 *
 * @param errors what was wrong with the last submission, at the section (email or mail) it concerns
 */
public record SendCardsPage(long personId, String name, String registryId, List<OpenForm.ReasonOption> reasons,
        DeliveryOptions options, FormErrors errors) {
}
