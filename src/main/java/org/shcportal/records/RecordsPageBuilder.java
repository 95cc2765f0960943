package org.shcportal.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.shcportal.cards.CardContents;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.LabObservation;
import org.shcportal.cards.VaccineDose;
import org.shcportal.corrections.CorrectionLabels;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;

/**
 * The records page's contents in one language, as plain values for the template: doses and results grouped by the
 * card they go on, in the words of {@link RecordWording}. Reads vaccine names from the database, so it runs inside
 * the request's transaction.
 */
public final class RecordsPageBuilder {

    private final RecordWording wording;
    private final RecordMessages messages;
    private final ZoneId zone;

    public RecordsPageBuilder(Locale locale, ZoneId zone) {
        this.wording = new RecordWording(locale);
        this.messages = RecordWording.messages(locale);
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
        CorrectionLabels labels = new CorrectionLabels(wording.locale());
        List<RecordsPage.Request> lines = requests.stream().map(request -> new RecordsPage.Request(
                date(request.createdAt.atZone(zone).toLocalDate()), labels.kind(request.kind),
                labels.status(request.status), request.status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                request.outcome)).toList();
        return new RecordsPage(person.id, viewer.id, self, self ? messages.title_self() : messages.title_child(initials),
                self ? messages.lead_self() : messages.lead_child(initials), person.fullName(),
                date(person.birthDate), person.birthDate.toString(), doses, labs,
                new CardPanel(messages, wording::date, this::heading).of(card, registry, issuer, self), lines);
    }

    /** A dose as pages and printouts show it: vaccine name, date, lot, where. */
    public RecordsPage.Dose dose(VaccineDose dose) {
        return new RecordsPage.Dose(wording.vaccine(dose.cvx()), date(dose.date()), dose.date().toString(),
                orNotRecorded(dose.lotNumber()), orNotRecorded(dose.performer()));
    }

    /** A lab result as pages and printouts show it. */
    public RecordsPage.Lab lab(LabObservation lab) {
        String result = wording.labResult(lab.resultSystem(), lab.resultCode(), orNotRecorded(lab.resultValue()),
                lab.status());
        return new RecordsPage.Lab(wording.test(lab.loinc()), result, date(lab.effectiveDate()),
                lab.effectiveDate().toString(), orNotRecorded(lab.performer()));
    }

    /** The page's language. */
    public Locale locale() {
        return wording.locale();
    }

    /** A date written the way the page's language writes it. */
    public String date(LocalDate date) {
        return wording.date(date);
    }

    private String orNotRecorded(String value) {
        return value == null || value.isBlank() ? messages.not_recorded() : value.strip();
    }

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
}
