package org.shcportal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Vaccine names for pages, from the CVX table, in English and Spanish. */
@QuarkusTest
@TestTransaction
class VaccineCodeTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void namesAVaccineInSpanishWhenTheTableKnowsTheSpanishName() {
        assertThat(name("03", SPANISH)).isEqualTo("Vacuna contra el sarampión, las paperas y la rubéola (MMR)");
        assertThat(name("208", SPANISH)).isEqualTo("Vacuna contra el COVID-19 de Pfizer-BioNTech");
        assertThat(name("115", SPANISH)).isEqualTo("Vacuna contra el tétanos, la difteria y la tos ferina (Tdap)");
        assertThat(name("187", SPANISH)).isEqualTo("Vacuna recombinante contra la culebrilla (herpes zóster)");
    }

    @Test
    void fallsBackToEnglishWithoutASpanishName() {
        assertThat(name("998", SPANISH)).isEqualTo("No vaccine administered");
        assertThat(name("86", SPANISH)).isEqualTo("IG");
    }

    @Test
    void namesAVaccineInEnglishByItsTradeNameElseItsDescription() {
        assertThat(name("207", ENGLISH)).isEqualTo("Moderna COVID-19 Vaccine");
        assertThat(name("300", ENGLISH))
                .isEqualTo("Pfizer-BioNTech COVID-19 Vaccine (EUA labeled) COMIRNATY (BLA labeled)");
        assertThat(name("21", ENGLISH)).isEqualTo("Varicella");
    }

    @Test
    void everyVaccineOfTheDemoPersonsAndTheGeneratorHasASpanishName() {
        List<String> cvx = List.of("03", "08", "10", "20", "21", "49", "83", "114", "115", "133", "150", "165", "206",
                "207", "208", "211", "212", "213", "217", "218", "219", "221", "228", "229", "230", "300", "301", "158", "197",
                "205", "311",
                "309", "312", "313");
        assertThat(cvx).allSatisfy(code -> assertThat(VaccineCode.findByCvx(code).orElseThrow().nameEs)
                .as("Spanish name of CVX %s", code).isNotBlank());
    }

    private static String name(String cvx, Locale locale) {
        return VaccineCode.findByCvx(cvx).orElseThrow().name(locale);
    }
}
