package org.shcportal.healthlinks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.shcportal.cards.CardGroup;
import org.shcportal.records.RecordsPageBuilder;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A link in words, in one language: what it shares, until when it works, its state, and times of access. */
final class LinkWording {

    private final LinkMessages messages;
    private final RecordsPageBuilder names;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    LinkWording(Locale locale, ZoneId zone) {
        this.messages = messages(locale);
        this.names = new RecordsPageBuilder(locale, zone);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    /** The link pages' texts in the language of {@code locale}. */
    static LinkMessages messages(Locale locale) {
        return MessageBundles.get(LinkMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    LinkMessages messages() {
        return messages;
    }

    /** "One card: COVID-19", "All cards"… */
    String shares(HealthLink link) {
        return switch (LinkContent.valueOf(link.content)) {
            case ONE_CARD -> messages.shares_one_card(names.heading(CardGroup.valueOf(link.cardGroup)));
            case ALL_CARDS -> messages.shares_all_cards();
            case EVERYTHING -> messages.shares_everything();
        };
    }

    /** The day the link stops working, or "no end date". */
    String expiry(HealthLink link) {
        return link.expiresAt == null ? messages.expiry_never() : dates.format(link.expiresAt);
    }

    /**
     * What the family pack prints under the link's code: what it shares, until when it works, and that a passcode is
     * needed when it has one (never the passcode itself, which the portal does not keep).
     */
    String packCaption(HealthLink link) {
        String until = link.expiresAt == null ? messages.pack_no_end()
                : messages.pack_until(dates.format(link.expiresAt));
        String caption = messages.pack_shares(shares(link)) + " " + until;
        return link.hasPasscode() ? caption + " " + messages.pack_passcode() : caption;
    }

    String state(LinkState state) {
        return switch (state) {
            case ACTIVE -> messages.state_active();
            case EXPIRED -> messages.state_expired();
            case DEACTIVATED -> messages.state_deactivated();
            case LOCKED -> messages.state_locked();
        };
    }

    String date(Instant instant) {
        return dates.format(instant);
    }

    String date(LocalDate date) {
        return names.date(date);
    }

    String time(Instant instant) {
        return times.format(instant);
    }

    /** A card's name for people, e.g. "COVID-19". */
    String heading(CardGroup group) {
        return names.heading(group);
    }
}
