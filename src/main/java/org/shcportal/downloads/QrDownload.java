package org.shcportal.downloads;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.shcportal.printouts.QrImages;
import org.shcportal.qr.QrSvg;

/** The two picture formats of a QR code download. */
enum QrDownload {
    PNG("image/png"),
    SVG("image/svg+xml");

    /** Downloaded PNGs are big enough to print sharply at 40 mm and more. */
    private static final int PNG_PIXELS_PER_MODULE = 8;

    final String mediaType;

    QrDownload(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format as the audit log names it: {@code png} or {@code svg}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String extension() {
        return "." + code();
    }

    byte[] image(String qrText, QrImages qrImages) {
        return this == PNG ? qrImages.png(qrText, PNG_PIXELS_PER_MODULE)
                : QrSvg.render(qrImages.symbol(qrText)).getBytes(StandardCharsets.UTF_8);
    }
}
