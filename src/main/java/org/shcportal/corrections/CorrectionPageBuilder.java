package org.shcportal.corrections;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;
import org.shcportal.web.FormErrors;

/** The correction pages' contents in one language, as plain values for the templates. */
final class CorrectionPageBuilder {

    private final CorrectionMessages messages;
    private final CorrectionLabels labels;
    private final DateTimeFormatter dates;
    private final ZoneId zone;

    CorrectionPageBuilder(Locale locale, ZoneId zone) {
        this.messages = CorrectionLabels.messages(locale);
        this.labels = new CorrectionLabels(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.zone = zone;
    }

    FormPage form(Person viewer, Person person, CorrectionForm form, Map<CorrectionForm.Field, String> errors,
            LocalDate today) {
        String lead = viewer.id.equals(person.id) ? messages.form_lead_self()
                : messages.form_lead_child(Initials.of(person));
        String title = errors.isEmpty() ? messages.form_title() : messages.error_title(messages.form_title());
        List<KindOption> kinds = Arrays.stream(CorrectionRequest.Kind.values())
                .map(kind -> new KindOption(kind.name(), "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        labels.kind(kind), form.chosenKind().filter(kind::equals).isPresent()))
                .toList();
        FormErrors summary = new FormErrors();
        errors.forEach((field, message) -> summary.add(field == CorrectionForm.Field.KIND ? kinds.get(0).id()
                : field.id(), message));
        return new FormPage(person.id, title, lead, kinds, form.description() == null ? "" : form.description(),
                form.doseDate() == null ? "" : form.doseDate(), today.toString(), summary,
                errors.get(CorrectionForm.Field.KIND), errors.get(CorrectionForm.Field.DESCRIPTION),
                errors.get(CorrectionForm.Field.DOSE_DATE));
    }

    SentPage sent(Person viewer, Person person, CorrectionRequest request) {
        String lead = viewer.id.equals(person.id) ? messages.sent_lead_self()
                : messages.sent_lead_child(Initials.of(person));
        return new SentPage(person.id, lead, labels.kind(request.kind), request.description,
                request.doseDate == null ? null : dates.format(request.doseDate),
                request.doseDate == null ? null : request.doseDate.toString(),
                dates.format(request.createdAt.atZone(zone).toLocalDate()), labels.status(request.status));
    }

    /** The form, filled in as the resident left it, with a message for each field in error. */
    record FormPage(long personId, String title, String lead, List<KindOption> kinds, String description,
            String doseDate, String maxDoseDate, FormErrors errors, String kindError, String descriptionError,
            String doseDateError) {
    }

    record KindOption(String value, String id, String label, boolean checked) {
    }

    /** What the resident sent, for the confirmation page. */
    record SentPage(long personId, String lead, String kind, String description, String doseDate,
            String doseDateIso, String sent, String status) {
    }
}
