package org.shcportal.revocation;

import java.util.List;

import org.shcportal.carddelivery.DeliveryOptions;
import org.shcportal.helpdesk.OpenForm;
import org.shcportal.web.FormErrors;

/**
 * The confirmation before a revocation: what will happen, the reason (from a list, for the audit) and a note, and how the new
 * cards may be sent (to
 * an email on file, by mail to the address on file, or not at all).
 *
 * @param delivery the delivery chosen: NONE, EMAIL or MAIL
 */
public record RevokePage(long personId, String name, String registryId, List<OpenForm.ReasonOption> reasons,
        DeliveryOptions options, String note, String delivery, FormErrors errors) {
}
