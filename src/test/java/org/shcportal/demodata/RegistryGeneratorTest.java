package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.CommandRun;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

@QuarkusTest
class RegistryGeneratorTest {

    @Inject
    CommandLine.IFactory commands;

    @Test
    void storesExactlyTheGeneratedPersons() {
        long before = count();
        Household first = new SyntheticRegistry(99L).nextHousehold();

        CommandRun run = CommandRun.of(commands, "generate", "--persons", "250", "--seed", "99");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Generated 250 persons (");
        assertThat(count()).isEqualTo(before + 250);
        Household.Member expected = first.members().get(0);
        List<Person> stored = QuarkusTransaction.requiringNew().call(() -> Person.listBornOnWithFamilyName(
                expected.birthDate(), expected.name().family()));
        assertThat(stored).anySatisfy(p -> {
            assertThat(p.givenName).isEqualTo(expected.name().given());
            assertThat(p.registryId).matches("NM-1\\d{6,}");
        });
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Person.count());
    }
}
