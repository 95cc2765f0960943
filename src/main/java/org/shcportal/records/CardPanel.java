package org.shcportal.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.shcportal.cards.CardContents;
import org.shcportal.cards.CardGroup;

/**
 * "What is inside my card" in plain words: one line per kind of information the person's cards really carry, as
 * {@link CardContents} reads them from the payloads the issuer signs, so the panel cannot drift from the cards.
 */
final class CardPanel {

    private final RecordMessages messages;
    private final Function<LocalDate, String> dates;
    private final Function<CardGroup, String> groupName;

    CardPanel(RecordMessages messages, Function<LocalDate, String> dates, Function<CardGroup, String> groupName) {
        this.messages = messages;
        this.dates = dates;
        this.groupName = groupName;
    }

    RecordsPage.Card of(CardContents contents, String registry, String issuer, boolean self) {
        String heading = self ? messages.card_heading_self() : messages.card_heading_child();
        if (contents.cards().isEmpty()) {
            return new RecordsPage.Card(heading, null, List.of(), List.of());
        }
        List<String> person = new ArrayList<>();
        List<String> dose = new ArrayList<>();
        List<String> test = new ArrayList<>();
        List<String> card = new ArrayList<>();
        for (CardContents.Field field : contents.fields()) {
            switch (field) {
                case NAME -> person.add(messages.field_name(contents.printedName()));
                case BIRTH_DATE -> person.add(messages.field_birth_date(dates.apply(contents.birthDate())));
                case VACCINE -> dose.add(messages.field_vaccine());
                case DOSE_DATE -> dose.add(messages.field_dose_date());
                case LOT_NUMBER -> dose.add(messages.field_lot_number());
                case DOSE_PERFORMER -> dose.add(messages.field_dose_performer());
                case TEST -> test.add(messages.field_test());
                case TEST_RESULT -> test.add(messages.field_test_result());
                case TEST_DATE -> test.add(messages.field_test_date());
                case TEST_STATUS -> test.add(messages.field_test_status());
                case TEST_LAB -> test.add(messages.field_test_lab());
                case IDENTITY_ASSURANCE -> card.add(messages.field_identity_assurance());
                case ISSUER -> card.add(messages.field_issuer(registry, issuer));
                case ISSUE_DATE -> card.add(messages.field_issue_date());
                case CARD_TYPE -> card.add(messages.field_card_type());
                case REVOCATION_ID -> card.add(messages.field_revocation_id());
                case STRUCTURE -> card.add(messages.field_structure());
            }
        }
        card.addAll(contents.unlisted());
        List<RecordsPage.Section> sections = new ArrayList<>();
        addSection(sections, messages.card_person(), person);
        addSection(sections, messages.card_dose(), dose);
        addSection(sections, messages.card_test(), test);
        addSection(sections, messages.card_card(), card);
        return new RecordsPage.Card(heading, messages.card_list(contents.cards().size()),
                contents.cards().stream().map(groupName).toList(), sections);
    }

    private static void addSection(List<RecordsPage.Section> sections, String heading, List<String> items) {
        if (!items.isEmpty()) {
            sections.add(new RecordsPage.Section(heading, List.copyOf(items)));
        }
    }
}
