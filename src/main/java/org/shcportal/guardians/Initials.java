package org.shcportal.guardians;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.shcportal.records.Person;

/**
 * How pages and messages name a child (product.md F6): by initials only, each part of a hyphenated family name kept,
 * accents kept. Diego Quintana-Begay is "D. Q.-B.", Lucía is "L. Q.-B.".
 */
public final class Initials {

    private Initials() {
    }

    public static String of(Person person) {
        return of(person.givenName, person.familyName);
    }

    static String of(String givenName, String familyName) {
        return initial(givenName.strip().split("\\s+")[0]) + " " + hyphenated(familyName.strip());
    }

    private static String hyphenated(String familyName) {
        return Arrays.stream(familyName.split("-")).map(String::strip).filter(part -> !part.isEmpty())
                .map(part -> initial(part.split("\\s+")[0])).collect(Collectors.joining("-"));
    }

    private static String initial(String word) {
        return word.isEmpty() ? "" : new String(Character.toChars(word.codePointAt(0))).toUpperCase() + ".";
    }
}
