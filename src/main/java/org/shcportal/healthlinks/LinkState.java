package org.shcportal.healthlinks;

/** Whether a link answers; every state but {@link #ACTIVE} answers the same 404 as an unknown link. */
public enum LinkState {
    ACTIVE,
    EXPIRED,
    DEACTIVATED,
    /** Its passcode attempts are used up. */
    LOCKED
}
