package org.shcportal.cards;

/** Why a card could not be issued; the code is stable, the message never holds personal data. */
public class CardIssuanceException extends RuntimeException {

    private final Code code;

    public CardIssuanceException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public CardIssuanceException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }

    public enum Code {
        /** The person has no completed dose and no reported lab result. */
        NO_RECORDS,
        /** The key could not sign. */
        SIGNING_FAILED
    }
}
