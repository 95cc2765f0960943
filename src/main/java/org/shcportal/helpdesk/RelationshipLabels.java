package org.shcportal.helpdesk;

import org.shcportal.registry.GuardianLink;

import io.quarkus.qute.i18n.MessageBundles;

/** How staff pages name the relationship of a parent or guardian to a child. */
public final class RelationshipLabels {

    private RelationshipLabels() {
    }

    /** "Mother", "Father" or "Legal guardian". */
    public static String of(GuardianLink.Relationship relationship) {
        HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
        return switch (relationship) {
            case MOTHER -> messages.common_relationship_mother();
            case FATHER -> messages.common_relationship_father();
            case LEGAL_GUARDIAN -> messages.common_relationship_legal_guardian();
        };
    }
}
