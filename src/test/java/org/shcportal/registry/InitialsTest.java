package org.shcportal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void takesTheFirstGivenNameAndEachPartOfAHyphenatedFamilyName() {
        assertThat(Initials.of("Diego", "Quintana-Begay")).isEqualTo("D. Q.-B.");
        assertThat(Initials.of("Inés María", "Martínez-Chávez")).isEqualTo("I. M.-C.");
        assertThat(Initials.of("John", "Anyperson")).isEqualTo("J. A.");
    }

    @Test
    void keepsAccentsAndUpperCasesTheLetter() {
        assertThat(Initials.of("Lucía", "Quintana-Begay")).isEqualTo("L. Q.-B.");
        assertThat(Initials.of("ángel", "Ávila")).isEqualTo("Á. Á.");
        assertThat(Initials.of("Élodie", "Ñúñez")).isEqualTo("É. Ñ.");
    }

    @Test
    void keepsACombiningAccentWithItsLetter() {
        assertThat(Initials.of("E\u0301lodie", "O\u0308zil")).isEqualTo("É. Ö.");
        assertThat(Initials.of("x\u0301x", "y")).isEqualTo("X\u0301. Y.");
    }

    @Test
    void handlesSpacesHyphensAndPunctuationInNames() {
        assertThat(Initials.of("Jean-Luc", "de la Cruz")).isEqualTo("J.-L. D. L. C.");
        assertThat(Initials.of("  Mary   Ann ", " O'Brien - Smith ")).isEqualTo("M. O.-S.");
        assertThat(Initials.of("Ana", "-Lopez")).isEqualTo("A. L.");
    }

    @Test
    void leavesOutWhatIsMissing() {
        assertThat(Initials.of(null, "Tafoya")).isEqualTo("T.");
        assertThat(Initials.of("Gilbert", " ")).isEqualTo("G.");
        assertThat(Initials.of("", null)).isEmpty();
    }

    @Test
    void namesOutsideTheLatinAlphabetKeepTheirFirstLetter() {
        assertThat(Initials.of("Дмитрий", "Иванов")).isEqualTo("Д. И.");
        assertThat(Initials.of("𝒜lex", "Stone")).isEqualTo("𝒜. S.");
    }
}
