package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The {@code generate} command line; the whole command runs in RegistryGeneratorTest. */
class GenerateCommandTest {

    @Test
    void readsPersonsAndSeed() {
        GenerateCommand command = parse("--persons", "1000", "--seed", "7");
        assertThat(command.persons).isEqualTo(1000);
        assertThat(command.seed).isEqualTo(7);
        assertThat(parse("--seed", "-3", "--persons", "5").seed).isEqualTo(-3);
        assertThat(parse("--persons", String.valueOf(GenerateCommand.MAX_PERSONS)).persons)
                .isEqualTo(GenerateCommand.MAX_PERSONS);
    }

    @Test
    void seedDefaultsToOne() {
        assertThat(parse("--persons", "10").seed).isEqualTo(1L);
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> parse()).hasMessage("Missing required option: '--persons=N'");
        assertThatThrownBy(() -> parse("--persons")).hasMessageContaining("Missing required parameter");
        assertThatThrownBy(() -> parse("--persons", "ten")).hasMessageContaining("'ten' is not a whole number");
        assertThatThrownBy(() -> parse("--persons", "0")).hasMessageContaining("'0' is not between 1 and");
        assertThatThrownBy(() -> parse("--persons", "-5")).hasMessageContaining("'-5' is not between 1 and");
        assertThatThrownBy(() -> parse("--persons", "10000001")).hasMessageContaining("is not between 1 and");
        assertThatThrownBy(() -> parse("--persons", "5", "--colour", "red"))
                .hasMessageContaining("Unknown options: '--colour', 'red'");
    }

    private static GenerateCommand parse(String... args) {
        GenerateCommand command = new GenerateCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
