package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegistryGeneratorTest {

    @Inject
    GenerateCommand command;

    @Test
    void storesExactlyTheGeneratedPersons() {
        long before = count();
        Household first = new SyntheticRegistry(99L).nextHousehold();

        int status = command.run(new GenerateOptions(250, 99L));

        assertThat(status).isZero();
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
