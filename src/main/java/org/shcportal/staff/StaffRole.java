package org.shcportal.staff;

/** A staff account's role. Stored by name; never rename one. */
public enum StaffRole {
    /** Answers residents: finds people, resends codes, sends cards, works correction requests. */
    AGENT("Agent"),
    /** An agent who also approves changes, revokes cards, prints the mail queue and searches the audit. */
    SUPERVISOR("Supervisor"),
    /** Manages staff accounts and searches the audit; does not open residents' records. */
    ADMIN("Admin");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
