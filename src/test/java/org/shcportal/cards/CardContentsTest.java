package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shcportal.cards.CardContents.Field;

class CardContentsTest {

    private static final IssuerSettings ISSUER = new IssuerSettings("https://registry.example/shc", true);
    private static final CardSubject SUBJECT = new CardSubject("NM-000001", "Anyperson", List.of("John", "B."),
            LocalDate.of(1951, 1, 20), "IAL1.2");

    @Test
    void explainsEveryValueOfAFullRecordsCards() {
        HealthRecord record = new HealthRecord(SUBJECT,
                List.of(new VaccineDose("207", LocalDate.of(2021, 1, 1), "0000001", "ABC General Hospital"),
                        new VaccineDose("03", LocalDate.of(1952, 1, 20), null, null)),
                List.of(new LabObservation("94558-4", LocalDate.of(2021, 2, 17), "final", "http://snomed.info/sct",
                        "260373001", null, "ABC General Hospital"),
                        new LabObservation("12345-6", LocalDate.of(2022, 3, 1), "corrected", null, null, "12 mg/dL",
                                null)));
        CardContents contents = CardContents.of(record, ISSUER);
        assertThat(contents.unlisted()).isEmpty();
        assertThat(contents.cards()).containsExactly(CardGroup.COVID19, CardGroup.MEASLES_MUMPS_RUBELLA,
                CardGroup.COVID19_TESTS, CardGroup.OTHER_TESTS);
        assertThat(contents.fields()).containsExactly(Field.values());
        assertThat(contents.printedName()).isEqualTo("John B. Anyperson");
        assertThat(contents.birthDate()).isEqualTo(LocalDate.of(1951, 1, 20));
    }

    @Test
    void listsOnlyWhatTheCardsReallyCarry() {
        CardSubject noAssurance = new CardSubject("NM-000002", "Anyperson", List.of("Jane"),
                LocalDate.of(1961, 1, 20), null);
        HealthRecord record = new HealthRecord(noAssurance,
                List.of(new VaccineDose("206", LocalDate.of(2022, 8, 1), null, " ")), List.of());
        CardContents contents = CardContents.of(record, ISSUER);
        assertThat(contents.cards()).containsExactly(CardGroup.MPOX);
        assertThat(contents.fields()).containsExactly(Field.NAME, Field.BIRTH_DATE, Field.VACCINE, Field.DOSE_DATE,
                Field.ISSUER, Field.ISSUE_DATE, Field.CARD_TYPE, Field.REVOCATION_ID, Field.STRUCTURE);
        assertThat(contents.printedName()).isEqualTo("Jane Anyperson");
    }

    @Test
    void anEmptyRecordHasNoCards() {
        CardContents contents = CardContents.of(new HealthRecord(SUBJECT, List.of(), List.of()), ISSUER);
        assertThat(contents.cards()).isEmpty();
        assertThat(contents.fields()).isEmpty();
        assertThat(contents.printedName()).isNull();
    }
}
