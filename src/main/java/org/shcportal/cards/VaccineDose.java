package org.shcportal.cards;

import java.time.LocalDate;

/**
 * A completed vaccine dose as a card shows it.
 *
 * @param cvx the CDC CVX code, as recorded
 * @param lotNumber the lot, or null
 * @param performer who gave the dose or where, as a display name, or null
 */
public record VaccineDose(String cvx, LocalDate date, String lotNumber, String performer) {
}
