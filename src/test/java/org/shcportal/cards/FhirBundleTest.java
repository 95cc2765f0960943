package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FhirBundleTest {

    @Test
    void keepsShortPerformerNames() {
        assertThat(FhirBundle.shortDisplay(" ABC General Hospital ")).isEqualTo("ABC General Hospital");
    }

    @Test
    void cutsLongPerformerNamesAtAWordToStayUnderThirtyCharacters() {
        assertThat(FhirBundle.shortDisplay("Santa Fe County Public Health Office")).isEqualTo("Santa Fe County Public Health");
        assertThat(FhirBundle.shortDisplay("Supercalifragilisticexpialidocious Clinic")).hasSize(29);
    }
}
