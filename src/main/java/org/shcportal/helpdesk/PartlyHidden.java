package org.shcportal.helpdesk;

import org.shcportal.records.Contact;

/**
 * Phones and emails as the help desk sees them where the whole value is not needed (issue 7: masked contacts):
 * enough to tell a caller's "the one ending in 0101" or "the one at example.com" from another, not enough to copy.
 * {@code +15055550101} is shown as "+1 ••• ••• 0101", {@code john.anyperson@example.com} as "j•••@example.com".
 */
public final class PartlyHidden {

    private static final String HIDDEN = "•••";
    /** The last digits of a phone a caller can confirm. */
    private static final int SHOWN_DIGITS = 4;

    private PartlyHidden() {
    }

    public static String of(Contact.Kind kind, String value) {
        return kind == Contact.Kind.PHONE ? phone(value) : email(value);
    }

    /** A phone in E.164: the country code 1 and the last four digits; other countries only the last four. */
    public static String phone(String e164) {
        if (e164 == null || e164.length() <= SHOWN_DIGITS + 1) {
            return HIDDEN;
        }
        String last = e164.substring(e164.length() - SHOWN_DIGITS);
        return e164.startsWith("+1") ? "+1 " + HIDDEN + " " + HIDDEN + " " + last : "+" + HIDDEN + " " + last;
    }

    /** An email: the first letter of the local part and the whole domain. */
    public static String email(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 1) {
            return HIDDEN;
        }
        return email.substring(0, 1) + HIDDEN + email.substring(at);
    }
}
