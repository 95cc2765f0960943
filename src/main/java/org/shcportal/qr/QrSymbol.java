package org.shcportal.qr;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * One QR code symbol holding one QR text: a byte-mode segment with the prefix ({@code shc:/} or {@code shc:/C/N/})
 * and a numeric-mode segment with the digits, at error correction level L, in the smallest version that holds them,
 * never above version 22 (SMART Health Cards specification, "Health Cards as QR Codes"); or any other short text
 * (an authenticator app's link). A card's codewords are made by {@link Codewords}, with table lookups where Nayuki's
 * encoder multiplies bit by bit and fills a bit list (a version-18 symbol with its mask chosen: 0.33–0.38 ms instead
 * of 0.69 ms, card benchmark on the build machine); other texts go through Nayuki's encoder.
 */
public final class QrSymbol {

    static final int MAX_VERSION = 22; // the spec's largest, usable at 40 × 40 mm
    static final int QUIET_ZONE_MODULES = 4; // ISO/IEC 18004 quiet zone
    private static final QrCode.Ecc ERROR_CORRECTION = QrCode.Ecc.LOW; // the spec's 1195-character limit assumes L
    /** Other texts are encoded with mask 0, then given the mask of lowest penalty by {@link MaskChoice}. */
    private static final int FIRST_MASK = 0;
    private static final QrCode.Ecc TEXT_ERROR_CORRECTION = QrCode.Ecc.MEDIUM;

    private final String text;
    private final int version;
    private final ModuleGrid modules;

    private QrSymbol(String text, QrCode code, QrCode.Ecc errorCorrection) {
        this.text = text;
        this.version = code.version;
        this.modules = MaskChoice.best(code, errorCorrection);
    }

    private QrSymbol(String text, Codewords codewords) {
        this.text = text;
        this.version = codewords.version();
        this.modules = MaskChoice.best(new MaskChoice.Unmasked(codewords), ERROR_CORRECTION);
    }

    /**
     * Encodes one text from {@link NumericQr#texts(String)}.
     *
     * @throws QrTooLargeException when the text does not fit a version-22 symbol
     * @throws IllegalArgumentException when the text is not {@code shc:/} (or {@code shc:/C/N/}) followed by digits
     */
    public static QrSymbol encode(String shcText) {
        return new QrSymbol(shcText, Codewords.of(ShcText.parse(shcText)));
    }

    /**
     * Encodes a short text that is not a card, such as the {@code otpauth://} link an authenticator app scans: one
     * byte-mode segment at error correction level M, the level apps' set-up codes commonly use.
     *
     * @throws QrTooLargeException when the text does not fit a version-22 symbol
     */
    public static QrSymbol encodeText(String text) {
        try {
            return new QrSymbol(text, QrCode.encodeSegments(List.of(QrSegment.makeBytes(text.getBytes(
                    StandardCharsets.UTF_8))), TEXT_ERROR_CORRECTION, QrCode.MIN_VERSION, MAX_VERSION, FIRST_MASK,
                    false), TEXT_ERROR_CORRECTION);
        } catch (DataTooLongException e) {
            throw new QrTooLargeException(text.length(), MAX_VERSION);
        }
    }

    /** The QR version, 1 to 22. */
    public int version() {
        return version;
    }

    /** Modules per side, without the quiet zone. */
    public int size() {
        return modules.size();
    }

    /** Whether the module at column x, row y (0-based, from the top left) is dark; the quiet zone is light. */
    public boolean dark(int x, int y) {
        return modules.dark(x, y);
    }

    /** The text this symbol holds. */
    public String text() {
        return text;
    }
}
