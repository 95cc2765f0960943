package org.shcportal.carddelivery;

/**
 * The "send cards" page: the person, and where their cards can go.
 *
 * @param error what was wrong with the last submission, or null
 */
public record SendCardsPage(long personId, String name, String registryId, DeliveryOptions options, String error) {
}
