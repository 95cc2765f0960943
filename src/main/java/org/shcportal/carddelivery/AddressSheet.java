package org.shcportal.carddelivery;

import java.util.List;

/**
 * The cover sheet in front of a person's printed cards, laid out for a #10 window envelope: the return address at
 * the top, the person's name and mailing address where the window shows them once the letter is folded in three,
 * a short letter, and the batch reference.
 */
public record AddressSheet(String lang, String title, String subject, List<String> returnAddress,
        List<String> recipient, String heading, String letter, String help, String reference) {
}
