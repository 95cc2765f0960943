package org.shcportal.printouts;

/**
 * The words that go with one QR code of a card, on screen and on paper: its alternative text and, for a card split
 * across several codes, its label "Code 2 of 3".
 *
 * @param label null for a card of one code
 */
public record QrCaption(String alt, String label) {

    /** The caption of code {@code number} (from 1) of {@code count}, for the card described as {@code card}. */
    public static QrCaption of(int number, int count, String card, CardsMessages messages) {
        return count == 1 ? new QrCaption(messages.qr_alt(card), null)
                : new QrCaption(messages.qr_alt_chunk(number, count, card), messages.chunk_label(number, count));
    }
}
