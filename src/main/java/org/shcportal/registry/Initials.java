package org.shcportal.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's initials, the way messages about a child name them: the first letter of the first
 * given name and of each part of the family name, with the hyphens between parts and the accents of the letters
 * kept: Diego Quintana-Begay is "D. Q.-B.", Jean-Luc Martínez-Chávez "J.-L. M.-C.", Ángel de la Cruz "Á. D. L. C.".
 */
public final class Initials {

    /** A hyphen, or a run of characters that are neither hyphens nor spaces. */
    private static final Pattern PART = Pattern.compile("-|[^\\s-]+");

    private Initials() {
    }

    public static String of(Person person) {
        return of(person.givenName, person.familyName);
    }

    /** The initials of the first given name and of the family name; a missing or blank name is left out. */
    public static String of(String given, String family) {
        String firstGiven = given == null || given.isBlank() ? "" : given.strip().split("\\s+")[0];
        String initials = ofParts(firstGiven) + " " + ofParts(family);
        return initials.strip();
    }

    /** "Quintana-Begay" → "Q.-B.", "de la Cruz" → "D. L. C.". */
    private static String ofParts(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        Matcher parts = PART.matcher(Normalizer.normalize(name, Normalizer.Form.NFC));
        while (parts.find()) {
            if (parts.group().equals("-")) {
                hyphen = true;
                continue;
            }
            String letter = initial(parts.group());
            if (!letter.isEmpty()) {
                out.append(out.length() == 0 ? "" : hyphen ? "-" : " ").append(letter);
                hyphen = false;
            }
        }
        return out.toString();
    }

    /** The first letter of a word with its accents, in upper case, and a full stop: "ángel" → "Á.". */
    private static String initial(String word) {
        int start = 0;
        while (start < word.length() && !Character.isLetter(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        if (start >= word.length()) {
            return "";
        }
        int end = start + Character.charCount(word.codePointAt(start));
        while (end < word.length() && Character.getType(word.codePointAt(end)) == Character.NON_SPACING_MARK) {
            end += Character.charCount(word.codePointAt(end));
        }
        return word.substring(start, end).toUpperCase(Locale.ROOT) + ".";
    }
}
