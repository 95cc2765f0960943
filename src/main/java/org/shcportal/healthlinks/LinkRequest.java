package org.shcportal.healthlinks;

import java.util.Optional;

import org.shcportal.cards.CardGroup;

/**
 * What a resident asks for when creating a link.
 *
 * @param card the card shared, only for {@link LinkContent#ONE_CARD}
 * @param stayCurrent flag {@code L}: each fetch returns the cards as they are then
 * @param onFamilyPack whether the family pack of the person's guardian prints the link's code
 */
public record LinkRequest(LinkContent content, Optional<CardGroup> card, Optional<String> passcode, LinkExpiry expiry,
        String label, boolean stayCurrent, boolean onFamilyPack) {
}
