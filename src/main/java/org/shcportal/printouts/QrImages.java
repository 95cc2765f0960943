package org.shcportal.printouts;

import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;

/**
 * PNG images of QR texts for pages, downloads and printouts. Encoding a version-22 symbol and its PNG takes a few
 * milliseconds and a card's texts never change, so recent images are kept (by text and size).
 */
@ApplicationScoped
public class QrImages {

    /** A card page shows up to about 20 codes; a few thousand cover the residents active at one time. */
    private static final int RECENT = 4000;

    private record Key(String text, int pixelsPerModule) {
    }

    private final RecentlyMade<Key, byte[]> recent = new RecentlyMade<>(RECENT);

    /** The PNG of a QR text, with {@code pixelsPerModule} pixels per module and the quiet zone. */
    public byte[] png(String shcText, int pixelsPerModule) {
        return recent.get(new Key(shcText, pixelsPerModule),
                () -> QrPng.render(QrSymbol.encode(shcText), pixelsPerModule));
    }

    /** The same PNG as a data URI, for an img element in a page or a printout. */
    public String dataUri(String shcText, int pixelsPerModule) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(shcText, pixelsPerModule));
    }
}
