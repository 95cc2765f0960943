package org.shcportal.qr;

/**
 * A QR text too long for the largest QR version a SMART Health Card may use (version 22: SMART Health Cards
 * specification, "Health Cards as QR Codes", https://spec.smarthealth.cards/#health-cards-as-qr-codes).
 */
public final class QrTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    QrTooLargeException(int textLength, int maxVersion) {
        super("A QR text of " + textLength + " characters does not fit a version-" + maxVersion
                + " QR code at error correction level L; one QR code holds a JWS of at most "
                + NumericQr.MAX_SINGLE_QR_JWS_LENGTH + " characters.");
    }
}
