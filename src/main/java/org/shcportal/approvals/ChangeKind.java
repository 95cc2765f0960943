package org.shcportal.approvals;

import io.quarkus.qute.TemplateEnum;

/** What a change request asks for. Stored by name; never rename one. */
@TemplateEnum
public enum ChangeKind {
    ADD_PHONE("Add a phone number"),
    ADD_EMAIL("Add an email address"),
    /** The person is the minor; the value is the guardian's registry id. */
    ADD_GUARDIAN_LINK("Link a parent or guardian"),
    REVOKE_CARDS("Revoke and reissue cards");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** The kind as staff see it in the console (English). */
    public String label() {
        return label;
    }
}
