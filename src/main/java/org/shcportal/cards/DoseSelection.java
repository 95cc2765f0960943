package org.shcportal.cards;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which doses go on a card that must fit one QR code when the whole history does not: the most
 * recent doses first, a series kept together. A series is a run of doses of the same vaccine given at most
 * {@value #SERIES_GAP_DAYS} days apart, such as a two-dose primary series.
 */
final class DoseSelection {

    /** The longest gap between the doses of one series (CDC intervals for primary series are 3 to 8 weeks). */
    static final int SERIES_GAP_DAYS = 56;

    private DoseSelection() {
    }

    /**
     * The largest recent selection that {@code fits}, in date order; series first, single doses when even the most
     * recent series does not fit. Empty when not even one dose fits.
     */
    static List<VaccineDose> select(List<VaccineDose> dosesInDateOrder, Predicate<List<VaccineDose>> fits) {
        List<VaccineDose> bySeries = newestFirst(series(dosesInDateOrder), fits);
        if (!bySeries.isEmpty()) {
            return bySeries;
        }
        List<List<VaccineDose>> single = dosesInDateOrder.stream().map(List::of).toList();
        return newestFirst(single, fits);
    }

    private static List<VaccineDose> newestFirst(List<List<VaccineDose>> blocks, Predicate<List<VaccineDose>> fits) {
        List<VaccineDose> selected = new ArrayList<>();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            List<VaccineDose> candidate = new ArrayList<>(blocks.get(i));
            candidate.addAll(selected);
            if (!fits.test(candidate)) {
                break;
            }
            selected = candidate;
        }
        return selected;
    }

    static List<List<VaccineDose>> series(List<VaccineDose> dosesInDateOrder) {
        List<List<VaccineDose>> series = new ArrayList<>();
        List<VaccineDose> current = new ArrayList<>();
        for (VaccineDose dose : dosesInDateOrder) {
            if (!current.isEmpty() && !continues(current.get(current.size() - 1), dose)) {
                series.add(current);
                current = new ArrayList<>();
            }
            current.add(dose);
        }
        if (!current.isEmpty()) {
            series.add(current);
        }
        return series;
    }

    private static boolean continues(VaccineDose previous, VaccineDose next) {
        return Cvx.normalize(previous.cvx()).equals(Cvx.normalize(next.cvx()))
                && ChronoUnit.DAYS.between(previous.date(), next.date()) <= SERIES_GAP_DAYS;
    }
}
