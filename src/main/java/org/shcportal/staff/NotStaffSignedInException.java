package org.shcportal.staff;

/** A help-desk page was asked for without a live staff session; the visitor is sent to the staff sign-in. */
public class NotStaffSignedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the browser had a staff session that has ended. */
    private final boolean ended;

    NotStaffSignedInException(boolean ended) {
        super(ended ? "staff session ended" : "staff not signed in", null, false, false);
        this.ended = ended;
    }

    public boolean ended() {
        return ended;
    }
}
