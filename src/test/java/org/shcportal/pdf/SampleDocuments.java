package org.shcportal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;

/**
 * The sample documents in {@code src/test/resources/pdf/}: what the card template renders to, with a placeholder
 * {@code {{qr:N}}} for the N-th QR image, filled here with a PNG data URI made by our own QR encoder.
 */
final class SampleDocuments {

    /** Pixels per module of the QR images; at 45 mm a version-22 code prints at about 290 dpi. */
    static final int PIXELS_PER_MODULE = 6;

    private SampleDocuments() {
    }

    /** The document with its placeholders replaced by the QR codes of these texts, in order. */
    static String withQrCodes(String name, List<String> qrTexts) {
        String xhtml = read(name);
        for (int i = 0; i < qrTexts.size(); i++) {
            xhtml = xhtml.replace("{{qr:" + (i + 1) + "}}", dataUri(qrTexts.get(i)));
        }
        if (xhtml.contains("{{qr:")) {
            throw new IllegalArgumentException(name + " has more QR placeholders than the " + qrTexts.size()
                    + " texts given.");
        }
        return xhtml;
    }

    static String dataUri(String qrText) {
        byte[] png = QrPng.render(QrSymbol.encode(qrText), PIXELS_PER_MODULE);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    static String read(String name) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/pdf/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
