package org.shcportal.guardians;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void namesAChildByInitialsKeepingHyphenatedPartsAndAccents() {
        assertThat(Initials.of("Diego", "Quintana-Begay")).isEqualTo("D. Q.-B.");
        assertThat(Initials.of("Lucía María", "Quintana-Begay")).isEqualTo("L. Q.-B.");
        assertThat(Initials.of("Ángel", "Ortiz")).isEqualTo("Á. O.");
        assertThat(Initials.of(" ñandú ", " de la Cruz ")).isEqualTo("Ñ. D.");
    }
}
