package org.shcportal.healthlinks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shcportal.cards.CardGroup;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The link pages' contents in one language, as plain values for the templates. */
final class LinkPages {

    private final LinkWording wording;
    private final LinkMessages messages;
    private final HealthLinkMessages rules;

    LinkPages(Locale locale, ZoneId zone) {
        this.wording = new LinkWording(locale, zone);
        this.messages = wording.messages();
        this.rules = MessageBundles.get(HealthLinkMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    LinkMessages messages() {
        return messages;
    }

    /** Why {@link HealthLinks#create} refuses a request, in the page's language. */
    HealthLinkMessages rules() {
        return rules;
    }

    /** The list of a person's links, newest first as given. */
    ListPage list(Person viewer, Person person, List<HealthLink> links, Instant now) {
        String title = viewer.id.equals(person.id) ? messages.list_title_self()
                : messages.list_title_child(Initials.of(person));
        List<Row> rows = links.stream().map(link -> new Row(link.id, link.label, wording.shares(link),
                wording.expiry(link), wording.state(link.state(now)), link.state(now).name().toLowerCase(Locale.ROOT),
                wording.date(link.createdAt))).toList();
        return new ListPage(person.id, title, rows);
    }

    /**
     * The form, filled in as the resident left it (but the passcode), with a message for each field in error.
     *
     * @param packable whether the person is in a guardian's family pack, which may then print the link
     */
    FormPage form(Person viewer, Person person, LinkForm form, Map<LinkForm.Field, String> errors,
            List<CardGroup> cards, int passcodeAttempts, boolean packable) {
        String lead = viewer.id.equals(person.id) ? messages.form_lead_self()
                : messages.form_lead_child(Initials.of(person));
        String title = errors.isEmpty() ? messages.form_title() : messages.error_title(messages.form_title());
        List<Option> contents = List.of(
                option("content", LinkContent.ONE_CARD.name(), messages.content_one_card(),
                        messages.content_one_card_hint(), form.content()),
                option("content", LinkContent.ALL_CARDS.name(), messages.content_all_cards(),
                        messages.content_all_cards_hint(), form.content()),
                option("content", LinkContent.EVERYTHING.name(), messages.content_everything(),
                        messages.content_everything_hint(), form.content()));
        List<Option> cardOptions = cards.stream().map(group -> new Option(group.slug(), "card-" + group.slug(),
                wording.heading(group), null, group.slug().equals(form.card()))).toList();
        List<Option> expiries = Arrays.stream(LinkExpiry.values())
                .map(expiry -> option("expiry", expiry.name(), expiryLabel(expiry), null, form.expiry())).toList();
        FormErrors summary = new FormErrors();
        errors.forEach((field, message) -> summary.add(field.id(), message));
        String passcodeHint = messages.passcode_hint(LinkRules.MIN_PASSCODE_LENGTH, LinkRules.MAX_PASSCODE_LENGTH,
                passcodeAttempts);
        return new FormPage(person.id, title, lead, contents, cardOptions, expiries, passcodeHint,
                form.label() == null ? "" : form.label(), form.stayCurrent(), packable,
                packable && form.onFamilyPack(), summary,
                errors.get(LinkForm.Field.CONTENT), errors.get(LinkForm.Field.CARD),
                errors.get(LinkForm.Field.PASSCODE), !errors.isEmpty() && form.passcodeTyped(),
                errors.get(LinkForm.Field.EXPIRY), errors.get(LinkForm.Field.LABEL));
    }

    /**
     * One link's page.
     *
     * @param viewerUrl the link as the portal's viewer opens it, or null when the link no longer works
     * @param qrDataUri its QR code as a PNG data URI, or null when the link no longer works
     * @param packable whether the person is in a guardian's family pack, which may then print the link
     */
    LinkPage link(Person person, HealthLink link, List<HealthLinkAccess> accesses, String viewerUrl,
            String qrDataUri, boolean stopped, boolean packable, Instant now) {
        LinkState state = link.state(now);
        List<Access> rows = accesses.stream().map(access -> new Access(access.recipient, wording.time(access.at),
                access.accepted, access.accepted ? messages.access_accepted() : messages.access_refused())).toList();
        return new LinkPage(person.id, link.id, messages.link_title(link.label), link.label, wording.shares(link),
                wording.expiry(link), wording.state(state), state == LinkState.ACTIVE,
                link.hasPasscode() ? messages.link_lead_passcode() : messages.link_lead(),
                link.hasPasscode() ? messages.passcode_yes() : messages.passcode_no(),
                link.stayCurrent ? messages.stay_current_yes() : messages.stay_current_no(),
                packable ? familyPack(link) : null,
                link.onFamilyPack,
                wording.date(link.createdAt), viewerUrl, qrDataUri, messages.qr_alt(link.label), rows, stopped);
    }

    private String familyPack(HealthLink link) {
        return link.onFamilyPack ? messages.family_pack_yes() : messages.family_pack_no();
    }

    private String expiryLabel(LinkExpiry expiry) {
        return switch (expiry) {
            case WEEK -> messages.expiry_week();
            case MONTH -> messages.expiry_month();
            case YEAR -> messages.expiry_year();
            case NONE -> messages.expiry_none();
        };
    }

    private static Option option(String name, String value, String label, String hint, String chosen) {
        return new Option(value, name + "-" + value.toLowerCase(Locale.ROOT).replace('_', '-'), label, hint,
                value.equals(chosen));
    }

    /** A person's links. */
    record ListPage(long personId, String title, List<Row> links) {
    }

    /**
     * One link in the list.
     *
     * @param stateCode the state's name in lower case, for the page's style
     */
    record Row(long id, String label, String shares, String expiry, String state, String stateCode,
            String created) {
    }

    /**
     * The form, with a message for each field in error.
     *
     * @param packable whether the person is in a guardian's family pack, which may then print the link
     * @param passcodeRetype whether to say that a typed passcode must be typed again (it is never sent back)
     */
    record FormPage(long personId, String title, String lead, List<Option> contents, List<Option> cards,
            List<Option> expiries, String passcodeHint, String label, boolean stayCurrent, boolean packable,
            boolean onFamilyPack, FormErrors errors,
            String contentError,
            String cardError, String passcodeError, boolean passcodeRetype, String expiryError, String labelError) {
    }

    /** A radio button or a list option. */
    record Option(String value, String id, String label, String hint, boolean checked) {
    }

    /**
     * One link's page: what it shares, its code and address while it works, and who opened it.
     *
     * @param familyPack whether the family pack prints it, in words; null when the person is in no family pack
     * @param onFamilyPack whether the family pack prints it
     */
    record LinkPage(long personId, long id, String title, String label, String shares, String expiry, String state,
            boolean active, String lead, String passcode, String stayCurrent, String familyPack, boolean onFamilyPack,
            String created,
            String viewerUrl,
            String qrDataUri, String qrAlt, List<Access> accesses, boolean stopped) {
    }

    /** One manifest or file request of the link. */
    record Access(String recipient, String time, boolean accepted, String result) {
    }
}
