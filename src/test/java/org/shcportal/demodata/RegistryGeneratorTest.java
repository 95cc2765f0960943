package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.CommandRun;
import org.shcportal.fixtures.FreshSchema;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

@QuarkusTest
class RegistryGeneratorTest {

    /** Every row the generator writes, ids included (a fresh schema's ids start at 1). */
    private static final String ROWS = """
            SELECT 'person ' || p::text FROM (SELECT id, registry_id, family_name, given_name, middle_name,
                birth_date, sex, identity_assurance FROM person) p
            UNION ALL SELECT 'name ' || n::text FROM person_name n
            UNION ALL SELECT 'contact ' || c::text FROM contact c
            UNION ALL SELECT 'address ' || a::text FROM address a
            UNION ALL SELECT 'guardian ' || g.guardian_id || ' ' || g.minor_id || ' ' || g.relationship
                FROM guardian_link g
            UNION ALL SELECT 'dose ' || i.id || ' ' || i.person_id || ' ' || i.cvx_code || ' ' || i.occurrence_date
                || ' ' || coalesce(i.lot_number, '') FROM immunization i
            UNION ALL SELECT 'lab ' || l.id || ' ' || l.person_id || ' ' || l.loinc_code || ' ' || l.effective_date
                || ' ' || l.result_code FROM lab_result l
            ORDER BY 1""";

    @Inject
    CommandLine.IFactory commands;

    @Test
    void storesExactlyTheGeneratedPersons() {
        long before = count();
        Household first = new SyntheticRegistry(99L).nextHousehold();

        CommandRun run = CommandRun.of(commands, "generate", "--persons", "250", "--seed", "99");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Generated 250 persons (")
                .contains("the registry's indexes and foreign keys were rebuilt and validated in");
        assertThat(count()).isEqualTo(before + 250);
        Household.Member expected = first.members().get(0);
        List<Person> stored = QuarkusTransaction.requiringNew().call(() -> Person.listBornOnWithFamilyName(
                expected.birthDate(), expected.name().family()));
        assertThat(stored).anySatisfy(p -> {
            assertThat(p.givenName).isEqualTo(expected.name().given());
            assertThat(p.registryId).matches("NM-1\\d{6,}");
        });
    }

    @Test
    void afterAGenerateEveryIndexAndConstraintOfTheMigrationsIsThereAndValid() throws SQLException, IOException {
        try (FreshSchema registry = FreshSchema.migrated("generate_check")) {
            List<String> migrated = registry.catalog();

            RegistryGenerator.generate(registry.connection(), 7L, 300);

            assertThat(registry.catalog()).isEqualTo(migrated)
                    .noneMatch(line -> line.endsWith("INVALID") || line.endsWith("NOT VALIDATED"))
                    .anyMatch(line -> line.startsWith("constraint immunization_person_id_fkey"))
                    .anyMatch(line -> line.startsWith("index immunization_person_id_occurrence_date_idx"));
            assertThat(registry.query("SELECT count(*) FROM person")).containsExactly("300");
        }
    }

    @Test
    void theSameSeedGivesTheSameRows() throws SQLException, IOException {
        List<String> first;
        try (FreshSchema registry = FreshSchema.migrated("generate_same_a")) {
            RegistryGenerator.generate(registry.connection(), 11L, 400);
            first = registry.query(ROWS);
        }
        try (FreshSchema registry = FreshSchema.migrated("generate_same_b")) {
            RegistryGenerator.generate(registry.connection(), 11L, 400);

            assertThat(registry.query(ROWS)).hasSizeGreaterThan(400 * 10).isEqualTo(first);
        }
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Person.count());
    }
}
