package org.shcportal.checking;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.shcportal.cards.Cvx;
import org.shcportal.checking.CardChecks.Checked;
import org.shcportal.records.RecordWording;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The check page's contents in one language, as plain values for the template: the verdict of each card in plain
 * words, and what it says — vaccines, tests, results and dates in the words of the records ({@link RecordWording}).
 * Everything read from a card is shown as text, never as markup.
 */
final class CheckPageBuilder {

    /** An issuer URL from someone else's card is shown, but not at any length. */
    private static final int MAX_SHOWN_CHARS = 200;

    private final Locale locale;
    private final CheckMessages messages;
    private final RecordWording wording;
    private final ZoneId zone;
    private final String registry;

    /** @param registry the registry's name, the issuer of our cards */
    CheckPageBuilder(Locale locale, ZoneId zone, String registry) {
        this.locale = locale;
        this.messages = messages(locale);
        this.wording = new RecordWording(locale);
        this.zone = zone;
        this.registry = registry;
    }

    static CheckMessages messages(Locale locale) {
        return MessageBundles.get(CheckMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** The empty form. */
    CheckPage form() {
        return new CheckPage(messages.title(), new FormErrors(), "", "", "", List.of());
    }

    /** The form again, with the problem next to its field; pasted text is given back so it can be fixed. */
    CheckPage problem(InputProblem problem, String text) {
        String message = message(problem);
        FormErrors errors = new FormErrors();
        errors.add(problem.field.id, message);
        boolean onText = problem.field == InputProblem.Field.TEXT;
        return new CheckPage(messages.error_title(messages.title()), errors, onText ? "" : message,
                onText ? message : "", onText && text != null ? text : "", List.of());
    }

    /** The verdict and contents of every card checked, in the order they were given. */
    CheckPage results(List<Checked> checked, Instant now) {
        List<CheckPage.Result> results = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            results.add(result(checked.get(i), i + 1, checked.size(), now));
        }
        return new CheckPage(messages.title(), new FormErrors(), "", "", "", results);
    }

    private CheckPage.Result result(Checked card, int number, int count, Instant now) {
        Verdict verdict = card.verdict();
        String heading = verdict == Verdict.VALID ? messages.heading_valid()
                : verdict == Verdict.OTHER_ISSUER ? messages.heading_foreign() : messages.heading_invalid();
        if (count > 1) {
            heading = messages.card_of(number, count) + ": " + heading;
        }
        String status = verdict == Verdict.VALID ? "valid" : verdict == Verdict.OTHER_ISSUER ? "foreign" : "invalid";
        String contentsHeading = verdict.signatureHolds() ? messages.contents_verified()
                : messages.contents_unverified();
        Optional<CardFacts> facts = card.facts();
        if (facts.isEmpty()) {
            return new CheckPage.Result("card-" + number, heading, status, summary(card, Optional.empty()),
                    facts(card, Optional.empty(), now), contentsHeading, false, "", "", "", List.of(), List.of());
        }
        CardFacts read = facts.get();
        return new CheckPage.Result("card-" + number, heading, status, summary(card, facts), facts(card, facts, now),
                contentsHeading, true, orNotInCard(read.name()), fhirDate(read.birthDate()),
                isoDate(read.birthDate()), read.doses().stream().map(this::dose).toList(),
                read.labs().stream().map(this::lab).toList());
    }

    private String summary(Checked card, Optional<CardFacts> facts) {
        return switch (card.verdict()) {
            case VALID -> messages.summary_valid(registry);
            case REVOKED -> messages.summary_revoked(registry);
            case EXPIRED -> messages.summary_expired(
                    facts.flatMap(CardFacts::expires).map(this::date).orElse(messages.not_in_card()));
            case NOT_YET_VALID -> messages.summary_not_yet_valid();
            case SIGNATURE_INVALID -> messages.summary_signature_invalid();
            case UNKNOWN_KEY -> messages.summary_unknown_key(registry);
            case MALFORMED -> messages.summary_malformed();
            case OTHER_ISSUER -> messages.summary_foreign(shown(card.iss()));
        };
    }

    private List<CheckPage.Fact> facts(Checked card, Optional<CardFacts> facts, Instant now) {
        Verdict verdict = card.verdict();
        boolean verified = verdict.signatureHolds();
        List<CheckPage.Fact> list = new ArrayList<>();
        list.add(new CheckPage.Fact(messages.fact_issuer(), card.foreign() ? messages.issuer_other(shown(card.iss()))
                : messages.issuer_ours(registry, card.iss())));
        list.add(new CheckPage.Fact(messages.fact_signature(), signature(verdict)));
        list.add(new CheckPage.Fact(messages.fact_revocation(), verdict == Verdict.VALID ? messages.revocation_no()
                : verdict == Verdict.REVOKED ? messages.revocation_yes() : messages.not_checked()));
        if (facts.isPresent()) {
            Optional<Instant> expires = facts.get().expires();
            String expiry = expires.isEmpty() ? messages.expiry_none()
                    : expires.get().isBefore(now) ? messages.expired_on(date(expires.get()))
                            : messages.expiry_on(date(expires.get()));
            list.add(new CheckPage.Fact(messages.fact_expiry(), verified ? expiry : messages.as_the_card_says(expiry)));
            facts.get().issued().ifPresent(issued -> list.add(new CheckPage.Fact(messages.fact_issued(),
                    verified ? date(issued) : messages.as_the_card_says(date(issued)))));
        }
        return list;
    }

    private String signature(Verdict verdict) {
        return switch (verdict) {
            case VALID, REVOKED, EXPIRED, NOT_YET_VALID -> messages.signature_valid();
            case SIGNATURE_INVALID -> messages.signature_invalid();
            case UNKNOWN_KEY -> messages.signature_unknown_key();
            case MALFORMED -> messages.signature_malformed();
            case OTHER_ISSUER -> messages.not_checked();
        };
    }

    private CheckPage.DoseRow dose(CardFacts.Dose dose) {
        String vaccine;
        if (dose.code().isEmpty()) {
            vaccine = messages.not_in_card();
        } else if (Cvx.SYSTEM.equals(dose.system())) {
            vaccine = wording.vaccine(dose.code());
        } else {
            vaccine = messages.code_other(dose.code(), shown(dose.system()));
        }
        return new CheckPage.DoseRow(vaccine, fhirDate(dose.date()), isoDate(dose.date()), orNotInCard(dose.lot()),
                orNotInCard(dose.performer()));
    }

    private CheckPage.LabRow lab(CardFacts.Lab lab) {
        String result = wording.labResult(lab.resultSystem(), lab.resultCode(), orNotInCard(lab.resultText()),
                lab.status());
        return new CheckPage.LabRow(wording.test(lab.code()), result, fhirDate(lab.date()), isoDate(lab.date()),
                orNotInCard(lab.performer()));
    }

    private String message(InputProblem problem) {
        return switch (problem.kind) {
            case EMPTY -> messages.error_empty();
            case BOTH -> messages.error_both();
            case TOO_LARGE -> messages.error_too_large();
            case CARD_FILE_TOO_LARGE -> messages.error_card_file_too_large();
            case NOT_A_CARD_FILE -> messages.error_not_a_card_file();
            case NOT_A_HEALTH_CARD -> messages.error_not_a_health_card();
            case PICTURE_TOO_LARGE -> messages.error_picture_too_large();
            case TOO_MANY_PICTURES -> messages.error_too_many_pictures(CardInput.MAX_PICTURES);
            case PICTURES_TOO_LARGE -> messages.error_pictures_too_large();
            case NO_QR_CODE -> messages.error_no_qr_code();
            case QR_NOT_A_CARD -> messages.error_qr_not_a_card();
            case NOT_A_CARD_TEXT -> messages.error_not_a_card_text();
            case TEXT_TOO_LONG -> messages.error_text_too_long(
                    NumberFormat.getIntegerInstance(locale).format(CardInput.MAX_TEXT_CHARS));
            case CHUNKS_MISSING -> messages.error_chunks_missing(problem.given, problem.total, problem.missing.size(),
                    problem.missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            case CHUNKS_MIXED -> messages.error_chunks_mixed();
            case TOO_MANY_CARDS -> messages.error_too_many_cards(CardInput.MAX_CARDS);
            case UNREADABLE -> messages.error_unreadable();
            case BUSY -> messages.error_busy();
            case RATE_LIMITED -> messages.error_rate_limited();
        };
    }

    private String date(Instant instant) {
        return wording.date(instant.atZone(zone).toLocalDate());
    }

    /** A FHIR date or dateTime written out; a partial date (a year, a month) as the card has it. */
    private String fhirDate(String value) {
        if (value.length() >= 10) {
            try {
                return wording.date(LocalDate.parse(value.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return shown(value);
            }
        }
        return value.isEmpty() ? messages.not_in_card() : value;
    }

    private static String isoDate(String value) {
        return value.length() >= 10 ? value.substring(0, 10) : value;
    }

    private String orNotInCard(String value) {
        return value == null || value.isBlank() ? messages.not_in_card() : shown(value.strip());
    }

    private static String shown(String value) {
        return value.length() <= MAX_SHOWN_CHARS ? value : value.substring(0, MAX_SHOWN_CHARS) + "…";
    }
}
