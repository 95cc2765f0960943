package org.shcportal.corrections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a resident typed into the correction form, and what is wrong with it. Nothing is refused for its content:
 * HTML, SQL or emoji in the description are kept as typed (pages escape them on display); only an empty or too long
 * description, a missing kind and an impossible date are errors.
 *
 * @param kind the chosen {@link CorrectionRequest.Kind} name, or null
 * @param doseDate the date as the browser sends it ({@code yyyy-MM-dd}), or null or blank
 */
public record CorrectionForm(String kind, String description, String doseDate) {

    public static CorrectionForm empty() {
        return new CorrectionForm(null, "", "");
    }

    /** The form's fields, in the order of the page; each is also the id of its input. */
    public enum Field {
        KIND("kind"),
        DESCRIPTION("description"),
        DOSE_DATE("dose-date");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * The description as stored: line breaks as {@code \n} (browsers send {@code \r\n}), control characters other than
     * line breaks and tabs removed (PostgreSQL refuses NUL), surrounding white space trimmed.
     */
    public String cleanDescription() {
        return clean(description);
    }

    /** Text from a form as stored, cleaned as {@link #cleanDescription()} says (staff notes and outcomes too). */
    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n');
        return text.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
    }

    public Optional<CorrectionRequest.Kind> chosenKind() {
        for (CorrectionRequest.Kind value : CorrectionRequest.Kind.values()) {
            if (value.name().equals(kind)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The date of the dose, when one was given and it is a real date. */
    public Optional<LocalDate> chosenDoseDate() {
        if (doseDate == null || doseDate.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(doseDate.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The message for each field in error, in page order; empty when the form can be stored. */
    public Map<Field, String> errors(CorrectionMessages messages, LocalDate birthDate, LocalDate today) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        if (chosenKind().isEmpty()) {
            errors.put(Field.KIND, messages.error_kind_missing());
        }
        String text = cleanDescription();
        int length = text.codePointCount(0, text.length());
        if (text.isEmpty()) {
            errors.put(Field.DESCRIPTION, messages.error_description_missing());
        } else if (length > CorrectionRequest.MAX_DESCRIPTION_LENGTH) {
            errors.put(Field.DESCRIPTION, messages.error_description_too_long(length));
        }
        if (doseDate != null && !doseDate.isBlank()) {
            Optional<LocalDate> date = chosenDoseDate();
            if (date.isEmpty()) {
                errors.put(Field.DOSE_DATE, messages.error_dose_date_invalid());
            } else if (date.get().isAfter(today)) {
                errors.put(Field.DOSE_DATE, messages.error_dose_date_future());
            } else if (date.get().isBefore(birthDate)) {
                errors.put(Field.DOSE_DATE, messages.error_dose_date_before_birth());
            }
        }
        return errors;
    }
}
