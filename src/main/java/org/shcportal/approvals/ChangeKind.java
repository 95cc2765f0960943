package org.shcportal.approvals;

import io.quarkus.qute.TemplateEnum;

/** What a change request asks for. Stored by name; never rename one. */
@TemplateEnum
public enum ChangeKind {
    ADD_PHONE,
    ADD_EMAIL,
    /** The person is the minor; the value is the guardian's registry id. */
    ADD_GUARDIAN_LINK,
    REVOKE_CARDS
}
