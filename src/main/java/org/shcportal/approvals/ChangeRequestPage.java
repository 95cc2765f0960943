package org.shcportal.approvals;

import java.util.List;

import org.shcportal.helpdesk.OpenForm;
import org.shcportal.web.FormErrors;

/**
 * The form asking for a change: which page ({@code CONTACT}, {@code GUARDIAN_LINK}, {@code REVOKE_CARDS}) with its
 * title, the person, what was typed and what is wrong with it.
 *
 * @param reasons the reasons a revocation may be asked for
 * @param blocked why the change cannot be asked for at all (e.g. the person is not a minor), or null
 */
public record ChangeRequestPage(long personId, String name, String registryId, ChangeForm.Page page, String title,
        List<OpenForm.ReasonOption> reasons, ChangeForm form, FormErrors errors, String blocked) {
}
