package org.shcportal.registry;

/**
 * Contacts and street lines as the help desk sees them (results show only what is needed to choose): enough
 * for a caller to recognise, or to confirm what the caller says, not enough to copy. The full values stay on the
 * server; codes and cards go to them without anyone reading them out.
 */
public final class Masking {

    private static final char DOT = '•';
    /** The last four digits of a phone number, as bank statements show them. */
    private static final int PHONE_DIGITS_SHOWN = 4;

    private Masking() {
    }

    /** "+15055550101" → "•••-•••-0101"; "john.anyperson@example.com" → "j•••@example.com". */
    public static String contact(Contact contact) {
        return contact.kind == Contact.Kind.PHONE ? phone(contact.value) : email(contact.value);
    }

    public static String phone(String e164) {
        String digits = e164.replaceAll("[^0-9]", "");
        String last = digits.substring(Math.max(0, digits.length() - PHONE_DIGITS_SHOWN));
        return "•••-•••-" + last;
    }

    public static String email(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return "•••";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "•••" + email.substring(at);
    }

    /**
     * The first character of each word, the rest as dots: "1234 Elm Street" → "1••• E•• S•••••". The caller says
     * their street and the agent checks it against the initials and lengths.
     */
    public static String streetLine(String line) {
        if (line == null || line.isBlank()) {
            return null;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : line.strip().split("\\s+")) {
            if (masked.length() > 0) {
                masked.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            masked.append(word, 0, first).append(String.valueOf(DOT).repeat(word.codePointCount(first, word.length())));
        }
        return masked.toString();
    }
}
