package org.shcportal.qr;

/** An image in which no QR code could be read, or bytes that are no readable image. */
public final class QrNotFoundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    QrNotFoundException(String message) {
        super(message);
    }

    QrNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
