package org.shcportal.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Today where the registry is: it decides whether a birth date is in the future, on which day a child reaches the
 * age of majority, and the date printed on a card or in a file name.
 */
@ApplicationScoped
public class RegistryCalendar {

    @Inject
    RegistryConfig registry;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(registry.timeZone()));
    }
}
