package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DoseSelectionTest {

    private static final VaccineDose FIRST = dose("208", "2021-01-15");
    private static final VaccineDose SECOND = dose("208", "2021-02-05");
    private static final VaccineDose BOOSTER = dose("208", "2021-10-30");
    private static final VaccineDose BIVALENT = dose("300", "2022-10-01");
    private static final List<VaccineDose> HISTORY = List.of(FIRST, SECOND, BOOSTER, BIVALENT);

    @Test
    void aPrimarySeriesIsOneBlockAndBoostersAreTheirOwn() {
        assertThat(DoseSelection.series(HISTORY)).containsExactly(List.of(FIRST, SECOND), List.of(BOOSTER),
                List.of(BIVALENT));
    }

    @Test
    void takesTheMostRecentDosesThatFit() {
        assertThat(DoseSelection.select(HISTORY, selection -> selection.size() <= 2))
                .containsExactly(BOOSTER, BIVALENT);
    }

    @Test
    void neverSplitsASeries() {
        assertThat(DoseSelection.select(HISTORY, selection -> selection.size() <= 3))
                .containsExactly(BOOSTER, BIVALENT);
        assertThat(DoseSelection.select(HISTORY, selection -> selection.size() <= 4)).isEqualTo(HISTORY);
    }

    @Test
    void fallsBackToSingleDosesWhenTheNewestSeriesAloneIsTooBig() {
        List<VaccineDose> oneSeries = List.of(FIRST, SECOND);
        assertThat(DoseSelection.select(oneSeries, selection -> selection.size() <= 1)).containsExactly(SECOND);
    }

    private static VaccineDose dose(String cvx, String date) {
        return new VaccineDose(cvx, LocalDate.parse(date), null, null);
    }
}
