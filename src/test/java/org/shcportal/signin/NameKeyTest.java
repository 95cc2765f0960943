package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void ignoresCaseAccentsSpacesHyphensAndApostrophes() {
        assertThat(NameKey.of("Martínez-Chávez")).isEqualTo("martinezchavez")
                .isEqualTo(NameKey.of(" MARTINEZ  CHAVEZ ")).isEqualTo(NameKey.of("martinez chávez"));
        assertThat(NameKey.of("O'Brien")).isEqualTo(NameKey.of("OBrien"));
        assertThat(NameKey.of("Núñez")).isEqualTo("nunez");
    }

    @Test
    void theFirstGivenNameIsTheFirstWord() {
        assertThat(NameKey.firstGiven("María José")).isEqualTo("maria");
        assertThat(NameKey.firstGiven("Inés-María")).isEqualTo("ines");
        assertThat(NameKey.firstGiven(" ")).isEmpty();
    }
}
