package org.shcportal.printouts;

import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;

/**
 * PNG images of QR texts for pages, downloads and printouts. Encoding a version-22 symbol and its PNG takes about a
 * millisecond or two, and a card's texts never change, so recent images are kept (by text and size), and so are
 * recent symbols: the cards page and the PDF a resident downloads from it show the same
 * texts at two sizes.
 */
@ApplicationScoped
public class QrImages {

    /** A card page shows up to about 20 codes; a few thousand cover the residents active at one time. */
    private static final int RECENT = 4000;
    /**
     * A version-22 symbol keeps its 105 × 105 modules in about 2 KB (105 rows of 128 bits); a quarter as many as the
     * images are enough for the codes a resident sees on the cards page until the download that follows.
     */
    private static final int RECENT_SYMBOLS = RECENT / 4;

    private record Key(String text, int pixelsPerModule) {
    }

    private final RecentlyMade<Key, byte[]> recent = new RecentlyMade<>(RECENT);
    private final RecentlyMade<String, QrSymbol> symbols = new RecentlyMade<>(RECENT_SYMBOLS);

    /** The symbol of a QR text. */
    public QrSymbol symbol(String shcText) {
        return symbols.get(shcText, () -> QrSymbol.encode(shcText));
    }

    /** The PNG of a QR text, with {@code pixelsPerModule} pixels per module and the quiet zone. */
    public byte[] png(String shcText, int pixelsPerModule) {
        return recent.get(new Key(shcText, pixelsPerModule), () -> QrPng.render(symbol(shcText), pixelsPerModule));
    }

    /** The same PNG as a data URI, for an img element in a page or a printout. */
    public String dataUri(String shcText, int pixelsPerModule) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(shcText, pixelsPerModule));
    }
}
