package org.shcportal.healthlinks;

import java.util.Base64;

import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSvg;
import org.shcportal.qr.QrSymbol;

/**
 * A link's QR code: its viewer URL in one byte-mode segment at error correction level M, as the SMART Health Links
 * specification asks ("Sharing User transmits a SMART Health Link":
 * https://hl7.org/fhir/uv/smart-health-cards-and-links/links-specification.html), with nothing drawn inside it (the
 * IG's FAQ advises against an icon in the code). {@link QrSymbol#encodeText} is exactly that encoding.
 */
final class LinkQrCode {

    /**
     * On screen 4 px per module. Measured: a viewer URL on a 35-character host with {@code exp}, flags {@code LP} and
     * an 80-character label is version 16 (ASCII label, 415 characters) to version 18 (accented label, 522
     * characters: 89 modules, 97 with the quiet zone, 388 px); "School nurse" is version 13.
     */
    static final int SCREEN_PIXELS_PER_MODULE = 4;
    /** Downloads and paper: 8 px per module keeps the modules sharp when the image is scaled (see print.css). */
    static final int PRINT_PIXELS_PER_MODULE = 8;

    private final QrSymbol symbol;

    LinkQrCode(String viewerUrl) {
        this.symbol = QrSymbol.encodeText(viewerUrl);
    }

    byte[] png(int pixelsPerModule) {
        return QrPng.render(symbol, pixelsPerModule);
    }

    String dataUri(int pixelsPerModule) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(pixelsPerModule));
    }

    String svg() {
        return QrSvg.render(symbol);
    }
}
