package org.shcportal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date typed as month, day and year in three fields (the pattern screen readers and phones handle best). */
public record DateFields(String month, String day, String year) {

    /** Whether all three fields are empty. */
    public boolean isBlank() {
        return blank(month) && blank(day) && blank(year);
    }

    /** The date, when the three fields are numbers that make a real date. */
    public Optional<LocalDate> toDate() {
        try {
            return Optional.of(LocalDate.of(number(year), number(month), number(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int number(String field) {
        String digits = field == null ? "" : field.strip();
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException("not a date part");
        }
        return Integer.parseInt(digits);
    }

    private static boolean blank(String field) {
        return field == null || field.isBlank();
    }
}
