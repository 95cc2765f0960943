package org.shcportal.outbox;

/**
 * An SMS the gateway did not take. Its {@link #code()} is stored as the message's last error, so neither it nor the
 * message text may hold the number or the text of the SMS.
 */
public class SmsDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    public SmsDeliveryException(String code, String message) {
        super(message);
        this.code = code;
    }

    public SmsDeliveryException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A short, stable code such as {@code HTTP_503}, {@code TIMEOUT} or {@code UNREACHABLE}. */
    public String code() {
        return code;
    }
}
