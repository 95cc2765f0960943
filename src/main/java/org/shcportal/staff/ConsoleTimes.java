package org.shcportal.staff;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.web.RegistryConfig;

/**
 * Times on help-desk pages: in the registry's time zone, to the minute, in one unambiguous form (2026-03-09 14:05
 * MDT) whatever the staff member's browser says.
 */
@ApplicationScoped
public class ConsoleTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Inject
    RegistryConfig registry;

    /** The time as staff read it, or an empty string for none. */
    public String format(Instant time) {
        return time == null ? "" : FORMAT.withZone(registry.timeZone()).format(time);
    }
}
