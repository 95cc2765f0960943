package org.shcportal.cards;

import java.util.Optional;

/**
 * The card of one group: {@code qr} always fits a single QR code when any selection of doses does; when it had
 * to leave doses out ("showing N of M doses"), {@code fullHistory} holds the whole history, chunked across several
 * codes, for the PDF and the file download.
 */
public record GroupCard(Card qr, Optional<Card> fullHistory) {

    public CardGroup group() {
        return qr.group();
    }
}
