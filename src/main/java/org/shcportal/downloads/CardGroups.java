package org.shcportal.downloads;

import java.util.Arrays;
import java.util.Optional;

import org.shcportal.cards.CardGroup;

/** Card groups as URLs name them. */
final class CardGroups {

    private CardGroups() {
    }

    static Optional<CardGroup> bySlug(String slug) {
        return Arrays.stream(CardGroup.values()).filter(group -> group.slug().equals(slug)).findFirst();
    }
}
