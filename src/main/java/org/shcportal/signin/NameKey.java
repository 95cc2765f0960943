package org.shcportal.signin;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name reduced to what is safe to ignore when matching a resident to the registry: case, accents, spaces,
 * hyphens and apostrophes. "Martínez-Chávez", "MARTINEZ CHAVEZ" and " martinez chávez " have the same key.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetter).map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The first given name's key: "María José" and "Maria" both start with "maria". */
    static String firstGiven(String given) {
        if (given == null) {
            return "";
        }
        String[] words = given.strip().split("[\\s-]+", 2);
        return of(words[0]);
    }
}
