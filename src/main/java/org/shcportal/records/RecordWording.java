package org.shcportal.records;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.shcportal.registry.LabTests;
import org.shcportal.registry.VaccineCode;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * How records read for people in one language, wherever they are shown — the records page, printed cards, wallet
 * passes, and what a checked card says: vaccines by their name in the CVX table, tests by the kind of their LOINC code,
 * coded results by their meaning, dates written the way the language writes them. Reads vaccine names from the
 * database, so it runs inside a transaction.
 */
public final class RecordWording {

    private static final String FINAL = "final";

    private final Locale locale;
    private final RecordMessages messages;
    private final DateTimeFormatter dates;
    private final Map<String, String> vaccineNames = new HashMap<>();

    public RecordWording(Locale locale) {
        this.locale = locale;
        this.messages = messages(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    static RecordMessages messages(Locale locale) {
        return MessageBundles.get(RecordMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    public Locale locale() {
        return locale;
    }

    /** A date written the way the language writes it. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** The vaccine of a CVX code: its name in the CVX table, else "Vaccine with code …". */
    public String vaccine(String cvx) {
        return vaccineNames.computeIfAbsent(cvx, code -> VaccineCode.findByCvx(code).map(known -> known.name(locale))
                .orElseGet(() -> messages.vaccine_unknown(code)));
    }

    /** The test of a LOINC code: the kind of COVID-19 test, else "Lab test (LOINC …)". */
    public String test(String loinc) {
        return switch (LabTests.kindOf(loinc)) {
            case COVID19_VIRUS -> messages.test_covid19_virus();
            case COVID19_ANTIGEN -> messages.test_covid19_antigen();
            case COVID19_ANTIBODY -> messages.test_covid19_antibody();
            case COVID19_IMMUNE_CELLS -> messages.test_covid19_immune_cells();
            case OTHER -> messages.test_other(loinc);
        };
    }

    /**
     * A lab result: a coded result by its meaning ("Result code …" for a code we do not know), else {@code uncoded};
     * marked "(corrected)" when its FHIR Observation status is given and is not {@code final}.
     *
     * @param uncoded the result to show when it is not coded, already worded by the caller
     */
    public String labResult(String system, String code, String uncoded, String status) {
        String result = code == null || code.isBlank() ? uncoded
                : LabTests.resultOf(system, code).map(this::result).orElseGet(() -> messages.result_unknown(code));
        boolean corrected = status != null && !status.isEmpty() && !FINAL.equals(status);
        return corrected ? result + " " + messages.result_corrected() : result;
    }

    private String result(LabTests.Result result) {
        return switch (result) {
            case POSITIVE -> messages.result_positive();
            case REACTIVE -> messages.result_reactive();
            case SPECIMEN_UNSATISFACTORY -> messages.result_specimen_unsatisfactory();
            case NON_REACTIVE -> messages.result_non_reactive();
            case DETECTED -> messages.result_detected();
            case NEGATIVE -> messages.result_negative();
            case NOT_DETECTED -> messages.result_not_detected();
            case INFLUENZA_A -> messages.result_influenza_a();
            case INFLUENZA_B -> messages.result_influenza_b();
            case SUSPECTED -> messages.result_suspected();
            case INCONCLUSIVE -> messages.result_inconclusive();
            case EQUIVOCAL -> messages.result_equivocal();
            case INVALID -> messages.result_invalid();
            case PRESUMPTIVE_POSITIVE -> messages.result_presumptive_positive();
            case INDETERMINATE -> messages.result_indeterminate();
            case SARS_COV_2 -> messages.result_sars_cov_2();
        };
    }
}
