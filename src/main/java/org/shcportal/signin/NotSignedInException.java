package org.shcportal.signin;

/** A page for signed-in residents was asked for without a live session; the visitor is sent to sign in. */
public class NotSignedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the browser had a session that has ended (timed out or signed out). */
    private final boolean ended;

    NotSignedInException(boolean ended) {
        super(ended ? "session ended" : "not signed in", null, false, false);
        this.ended = ended;
    }

    public boolean ended() {
        return ended;
    }
}
