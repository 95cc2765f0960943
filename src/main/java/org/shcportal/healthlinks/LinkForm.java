package org.shcportal.healthlinks;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shcportal.cards.CardGroup;

/**
 * What a resident chose in the "share with one link" form, and what is wrong with it. The label and the passcode are
 * checked by {@link LinkRules}, the rules {@link HealthLinks#create} applies, so that the form names every problem at
 * once and the link is never refused for a reason the form did not show.
 *
 * @param content the chosen {@link LinkContent} name, or null
 * @param card the slug of the chosen card, or null or blank
 * @param passcode as typed, or null or blank for none
 * @param expiry the chosen {@link LinkExpiry} name, or null
 * @param label as typed
 * @param stayCurrent whether the "keep it up to date" box was ticked
 * @param onFamilyPack whether the "print it on the family pack" box was ticked (a child's link only)
 */
public record LinkForm(String content, String card, String passcode, String expiry, String label,
        boolean stayCurrent, boolean onFamilyPack) {

    /** The form as first shown: a month, nothing else chosen, or {@code content} preselected when it names one. */
    public static LinkForm empty(String content) {
        String chosen = Arrays.stream(LinkContent.values()).map(Enum::name).filter(name -> name.equals(content))
                .findFirst().orElse(null);
        return new LinkForm(chosen, null, null, LinkExpiry.MONTH.name(), "", false, false);
    }

    /** The form's fields, in the order of the page; each is also the id of its input (radios: the first one's). */
    public enum Field {
        CONTENT("content-one-card"),
        CARD("card"),
        PASSCODE("passcode"),
        EXPIRY("expiry-week"),
        LABEL("label");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The field a refusal of {@link HealthLinks#create} is about. */
        static Field of(LinkRequestException.Problem problem) {
            return switch (problem) {
                case LABEL_MISSING, LABEL_TOO_LONG, LABEL_INVALID -> LABEL;
                case PASSCODE_TOO_SHORT, PASSCODE_TOO_LONG -> PASSCODE;
                case CARD_MISSING -> CARD;
                case NOTHING_TO_SHARE -> CONTENT;
            };
        }
    }

    public Optional<LinkContent> chosenContent() {
        return Arrays.stream(LinkContent.values()).filter(value -> value.name().equals(content)).findFirst();
    }

    public Optional<LinkExpiry> chosenExpiry() {
        return Arrays.stream(LinkExpiry.values()).filter(value -> value.name().equals(expiry)).findFirst();
    }

    /** The chosen card when it is one of {@code cards} (the person's). */
    public Optional<CardGroup> chosenCard(List<CardGroup> cards) {
        return cards.stream().filter(group -> group.slug().equals(card)).findFirst();
    }

    /** Whether a passcode was typed (blanks are none, as for {@link HealthLinks#create}). */
    public boolean passcodeTyped() {
        return passcode != null && !passcode.isBlank();
    }

    /** The message for each field in error, in page order; empty when the link can be made. */
    public Map<Field, String> errors(LinkMessages messages, HealthLinkMessages rules, List<CardGroup> cards) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        Optional<LinkContent> chosen = chosenContent();
        if (chosen.isEmpty()) {
            errors.put(Field.CONTENT, messages.error_content_missing());
        } else if (chosen.get() == LinkContent.ONE_CARD && chosenCard(cards).isEmpty()) {
            errors.put(Field.CARD, rules.card_missing());
        }
        try {
            LinkRules.passcode(Optional.ofNullable(passcode));
        } catch (LinkRequestException refused) {
            errors.put(Field.PASSCODE, refused.message(rules));
        }
        if (chosenExpiry().isEmpty()) {
            errors.put(Field.EXPIRY, messages.error_expiry_missing());
        }
        try {
            LinkRules.label(label);
        } catch (LinkRequestException refused) {
            errors.put(Field.LABEL, refused.message(rules));
        }
        return errors;
    }

    /** The request for {@link HealthLinks#create}; call only when {@link #errors} is empty. */
    public LinkRequest request(List<CardGroup> cards) {
        LinkContent chosen = chosenContent().orElseThrow();
        return new LinkRequest(chosen, chosen == LinkContent.ONE_CARD ? chosenCard(cards) : Optional.empty(),
                Optional.ofNullable(passcode), chosenExpiry().orElseThrow(), label, stayCurrent,
                onFamilyPack);
    }
}
