package org.shcportal.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shcportal.cards.CardContents;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.LabObservation;
import org.shcportal.cards.VaccineDose;
import org.shcportal.corrections.CorrectionLabels;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.registry.Initials;
import org.shcportal.registry.LabTests;
import org.shcportal.registry.Person;
import org.shcportal.registry.VaccineCode;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The records page's contents in one language, as plain values for the template: doses and results grouped by the
 * card they go on, vaccine names from the CVX table, dates written the way the language writes them. Reads vaccine
 * names from the database, so it runs inside the request's transaction.
 */
public final class RecordsPageBuilder {

    private final Locale locale;
    private final RecordMessages messages;
    private final DateTimeFormatter dates;
    private final ZoneId zone;
    private final Map<String, String> vaccineNames = new HashMap<>();

    public RecordsPageBuilder(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.messages = MessageBundles.get(RecordMessages.class, Localized.Literal.of(locale.getLanguage()));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.zone = zone;
    }

    RecordsPage view(Person viewer, Person person, HealthRecord record, CardContents card,
            List<CorrectionRequest> requests, String registry, String issuer) {
        boolean self = viewer.id.equals(person.id);
        String initials = Initials.of(person);
        List<RecordsPage.DoseGroup> doses = new ArrayList<>();
        record.dosesByCard().forEach((group, list) -> doses.add(new RecordsPage.DoseGroup(group.slug(),
                heading(group), messages.dose_count(list.size()), list.stream().map(this::dose).toList())));
        List<RecordsPage.LabGroup> labs = new ArrayList<>();
        record.labsByCard().forEach((group, list) -> labs.add(new RecordsPage.LabGroup(group.slug(),
                heading(group), messages.result_count(list.size()), list.stream().map(this::lab).toList())));
        CorrectionLabels labels = new CorrectionLabels(locale);
        List<RecordsPage.Request> lines = requests.stream().map(request -> new RecordsPage.Request(
                date(request.createdAt.atZone(zone).toLocalDate()), labels.kind(request.kind),
                labels.status(request.status), request.status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                request.outcome)).toList();
        return new RecordsPage(person.id, self, self ? messages.title_self() : messages.title_child(initials),
                self ? messages.lead_self() : messages.lead_child(initials), person.fullName(),
                date(person.birthDate), person.birthDate.toString(), doses, labs,
                new CardPanel(messages, dates, this::heading).of(card, registry, issuer, self), lines);
    }

    /** A dose as pages and printouts show it: vaccine name, date, lot, where. */
    public RecordsPage.Dose dose(VaccineDose dose) {
        String name = vaccineNames.computeIfAbsent(dose.cvx(), cvx -> VaccineCode.findByCvx(cvx)
                .map(code -> code.name(locale)).orElseGet(() -> messages.vaccine_unknown(cvx)));
        return new RecordsPage.Dose(name, date(dose.date()), dose.date().toString(), orNotRecorded(dose.lotNumber()),
                orNotRecorded(dose.performer()));
    }

    /** A lab result as pages and printouts show it. */
    public RecordsPage.Lab lab(LabObservation lab) {
        String result;
        if (lab.resultCode() != null && !lab.resultCode().isBlank()) {
            result = LabTests.resultOf(lab.resultSystem(), lab.resultCode()).map(this::result)
                    .orElseGet(() -> messages.result_unknown(lab.resultCode()));
        } else {
            result = orNotRecorded(lab.resultValue());
        }
        if (!"final".equals(lab.status())) {
            result = result + " " + messages.result_corrected();
        }
        return new RecordsPage.Lab(test(lab.loinc()), result, date(lab.effectiveDate()),
                lab.effectiveDate().toString(), orNotRecorded(lab.performer()));
    }

    /** The page's language. */
    public Locale locale() {
        return locale;
    }

    /** A date written the way the page's language writes it. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    private String orNotRecorded(String value) {
        return value == null || value.isBlank() ? messages.not_recorded() : value.strip();
    }

    /** The name as cards carry it: given, middle and family names. */
    /** The name of a card group in the page's language, e.g. "COVID-19". */
    public String heading(CardGroup group) {
        return switch (group) {
            case COVID19 -> messages.group_covid19();
            case MPOX -> messages.group_mpox();
            case INFLUENZA -> messages.group_influenza();
            case MEASLES_MUMPS_RUBELLA -> messages.group_measles_mumps_rubella();
            case DIPHTHERIA_TETANUS_PERTUSSIS -> messages.group_diphtheria_tetanus_pertussis();
            case POLIO -> messages.group_polio();
            case HEPATITIS_A -> messages.group_hepatitis_a();
            case HEPATITIS_B -> messages.group_hepatitis_b();
            case VARICELLA -> messages.group_varicella();
            case ZOSTER -> messages.group_zoster();
            case HIB -> messages.group_hib();
            case PNEUMOCOCCAL -> messages.group_pneumococcal();
            case HPV -> messages.group_hpv();
            case MENINGOCOCCAL -> messages.group_meningococcal();
            case RSV -> messages.group_rsv();
            case OTHER_IMMUNIZATIONS -> messages.group_other_immunizations();
            case COVID19_TESTS -> messages.group_covid19_tests();
            case OTHER_TESTS -> messages.group_other_tests();
        };
    }

    private String test(String loinc) {
        return switch (LabTests.kindOf(loinc)) {
            case COVID19_VIRUS -> messages.test_covid19_virus();
            case COVID19_ANTIGEN -> messages.test_covid19_antigen();
            case COVID19_ANTIBODY -> messages.test_covid19_antibody();
            case COVID19_IMMUNE_CELLS -> messages.test_covid19_immune_cells();
            case OTHER -> messages.test_other(loinc);
        };
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
