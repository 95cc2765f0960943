package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenerateOptionsTest {

    @Test
    void readsPersonsAndSeed() {
        assertThat(GenerateOptions.parse("--persons", "1000", "--seed", "7")).isEqualTo(new GenerateOptions(1000, 7));
        assertThat(GenerateOptions.parse("--seed", "-3", "--persons", "5")).isEqualTo(new GenerateOptions(5, -3));
    }

    @Test
    void seedDefaultsToOne() {
        assertThat(GenerateOptions.parse("--persons", "10").seed()).isEqualTo(1L);
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> GenerateOptions.parse()).hasMessageContaining("needs --persons");
        assertThatThrownBy(() -> GenerateOptions.parse("--persons")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> GenerateOptions.parse("--persons", "ten")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> GenerateOptions.parse("--persons", "0")).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> GenerateOptions.parse("--persons", "5", "--colour", "red"))
                .hasMessageContaining("Unknown option: --colour");
    }
}
