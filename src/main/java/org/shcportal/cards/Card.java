package org.shcportal.cards;

import java.util.List;

/**
 * One signed card: its JWS and the QR texts that carry it (one, or balanced chunks when it is too big for one
 * code).
 *
 * @param shown how many doses or results this card holds
 * @param total how many the person has in this group
 */
public record Card(CardGroup group, String jws, List<String> qrTexts, int shown, int total) {

    public Card {
        qrTexts = List.copyOf(qrTexts);
    }

    /** True when the card holds the whole history of its group. */
    public boolean complete() {
        return shown == total;
    }

    /** True when the card needs several QR codes ("scan all N codes"). */
    public boolean chunked() {
        return qrTexts.size() > 1;
    }
}
