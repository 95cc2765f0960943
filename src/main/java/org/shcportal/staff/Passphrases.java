package org.shcportal.staff;

import java.security.SecureRandom;

/**
 * Passwords the portal makes up for a new or reset staff account, shown once to the admin who passes them on:
 * 20 random characters in four groups of five, from an alphabet without look-alikes (no 0/o, 1/l/i), so they can
 * be read aloud or copied by hand. 20 characters from 31 carry 99 bits — beyond guessing, even offline against
 * the bcrypt hash (NIST SP 800-63B §5.1.1.2 asks for at least 8 characters when a person chooses).
 */
final class Passphrases {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passphrases() {
    }

    /** A new passphrase such as {@code k7mzq-4hwta-2rbxe-u9sfn}. */
    static String generate() {
        StringBuilder passphrase = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                passphrase.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                passphrase.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return passphrase.toString();
    }
}
