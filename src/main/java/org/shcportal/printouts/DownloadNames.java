package org.shcportal.printouts;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;

/**
 * File names of downloads: the person's initials (never the name), the card and the date, in plain ASCII so that
 * every browser and file system keeps them — {@code JBA-covid-19-2026-11-22.smart-health-card}.
 */
public final class DownloadNames {

    private DownloadNames() {
    }

    public static String of(Person person, LocalDate date, String card, String extension) {
        return initials(person) + "-" + card + "-" + date + extension;
    }

    private static String initials(Person person) {
        String letters = Normalizer.normalize(Initials.of(person), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        return letters.toUpperCase(Locale.ROOT);
    }
}
