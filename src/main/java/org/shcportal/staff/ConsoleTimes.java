package org.shcportal.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.web.RegistryConfig;

/**
 * The one formatter of dates and times on staff pages. A time is shown in the registry's time zone, to the minute,
 * with the zone, in one unambiguous form (2026-03-09 14:05 MDT) whatever the staff member's browser says, so staff
 * in different places read the same page alike; a calendar day, such as a date of birth or of a dose, reads as on
 * the phone (Jan 20, 1951).
 */
@ApplicationScoped
public class ConsoleTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    @Inject
    RegistryConfig registry;

    /** The time as staff read it, or an empty string for none. */
    public String format(Instant time) {
        return time == null ? "" : TIME.withZone(registry.timeZone()).format(time);
    }

    /** The end of a wait as staff read it: to the minute, rounded up, so that waiting until then is always enough. */
    public String formatWaitEnd(Instant end) {
        Instant minute = end.truncatedTo(ChronoUnit.MINUTES);
        return format(minute.equals(end) ? minute : minute.plus(1, ChronoUnit.MINUTES));
    }

    /** A calendar day as staff read it, e.g. "Jan 20, 1951"; an empty string for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
