package org.shcportal.corrections;

import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Correction kinds and statuses in words, in one language. */
public final class CorrectionLabels {

    private final CorrectionMessages messages;

    public CorrectionLabels(Locale locale) {
        this.messages = messages(locale);
    }

    /** The correction pages' texts in the language of {@code locale}. */
    static CorrectionMessages messages(Locale locale) {
        return MessageBundles.get(CorrectionMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    public String kind(CorrectionRequest.Kind kind) {
        return switch (kind) {
            case MISSING_DOSE -> messages.kind_missing_dose();
            case WRONG_DOSE -> messages.kind_wrong_dose();
            case WRONG_NAME_OR_BIRTH_DATE -> messages.kind_wrong_name_or_birth_date();
            case OTHER -> messages.kind_other();
        };
    }

    public String status(CorrectionRequest.Status status) {
        return switch (status) {
            case OPEN -> messages.status_open();
            case IN_PROGRESS -> messages.status_in_progress();
            case CLOSED -> messages.status_closed();
        };
    }
}
