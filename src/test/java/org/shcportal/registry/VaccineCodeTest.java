package org.shcportal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.shcportal.demodata.SyntheticRegistry;
import org.shcportal.fixtures.ShcExamples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Vaccine names for pages, by the rule of docs/architecture.md ("Vaccine names"), in English and Spanish. */
@QuarkusTest
@TestTransaction
class VaccineCodeTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    /** Notes of the CDC tables that mean nothing to a reader, or put a US dose under a name used elsewhere. */
    private static final List<String> NOISE = List.of("non-US", "Non-US", "EUA", "BLA", "labeled", "ped/adol",
            "US only", "US Only", "fuera de EE. UU.", "formulación no especificada", "unspecified formulation");
    /** Households to generate (measured: these and the fixed demo persons give 33 codes, all VaccineHistory gives). */
    private static final int HOUSEHOLDS = 5_000;

    @Test
    void everyCodeTheRegistryHoldsHasAPlainNameInEnglishAndSpanish() {
        List<String> codes = VaccineCode.<VaccineCode> listAll().stream().map(code -> code.cvx).toList();
        assertThat(codes).hasSizeGreaterThan(260);
        assertThat(codes).allSatisfy(VaccineCodeTest::assertPlainNames);
    }

    @Test
    void everyCodeTheDemoDataGivesIsKnownAndPlainlyNamed() {
        // The demo data's own doses only: other tests store doses with codes the table lacks, as the feed may.
        Set<String> codes = new TreeSet<>(Immunization.<Immunization> list("sourceSystem in ?1",
                List.of("demo-data", "synthetic-generator")).stream().map(d -> d.cvxCode).toList());
        SyntheticRegistry generator = new SyntheticRegistry(1L);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            generator.nextHousehold().members().forEach(m -> m.doses().forEach(d -> codes.add(d.cvx())));
        }
        assertThat(codes).contains("207", "221", "229", "83", "300", "309", "312");
        assertThat(codes).allSatisfy(VaccineCodeTest::assertPlainNames);
    }

    @Test
    void theModernaDosesOfTheSpecsExampleCardHaveTheirUsName() throws IOException {
        JsonNode bundle = new ObjectMapper().readTree(ShcExamples.read("example-00-a-fhirBundle.json"));
        List<String> cvx = bundle.path("entry").findValues("vaccineCode").stream()
                .map(code -> code.path("coding").path(0).path("code").asText()).toList();
        assertThat(cvx).containsExactly("207", "207", "229");
        assertThat(name("207", ENGLISH)).isEqualTo("Moderna COVID-19 Vaccine");
        assertThat(name("229", ENGLISH)).isEqualTo("Moderna COVID-19 Vaccine, Bivalent");
        assertThat(name("207", SPANISH)).isEqualTo("Vacuna contra el COVID-19 de Moderna");
        assertThat(name("229", SPANISH)).isEqualTo("Vacuna bivalente contra el COVID-19 de Moderna");
        assertThat(cvx).allSatisfy(code -> assertThat(name(code, ENGLISH)).doesNotContain("Spikevax"));
    }

    @Test
    void aCodeOfOneUsProductHasThatProductsNameAndOtherCodesAPlainDescription() {
        assertThat(name("187", ENGLISH)).isEqualTo("Shingrix (shingles)");
        assertThat(name("187", SPANISH)).isEqualTo("Shingrix (culebrilla)");
        assertThat(name("312", ENGLISH)).isEqualTo("Spikevax (Moderna COVID-19)");
        assertThat(name("300", ENGLISH)).isEqualTo("Pfizer-BioNTech COVID-19 Vaccine, Bivalent");
        assertThat(name("83", ENGLISH)).isEqualTo("Hepatitis A (child, 2 doses)");
        assertThat(name("83", SPANISH)).isEqualTo("Hepatitis A (niños, 2 dosis)");
        assertThat(name("03", ENGLISH)).isEqualTo("MMR (measles, mumps, rubella)");
        assertThat(name("03", SPANISH)).isEqualTo("MMR (sarampión, paperas, rubéola)");
    }

    private static void assertPlainNames(String cvx) {
        assertThat(VaccineCode.findByCvx(cvx)).as("CVX %s is in the table", cvx).isPresent();
        assertThat(VaccineCode.findByCvx(cvx).orElseThrow().nameEs).as("Spanish name of CVX %s", cvx).isNotBlank();
        for (Locale locale : List.of(ENGLISH, SPANISH)) {
            assertThat(name(cvx, locale)).as("name of CVX %s in %s", cvx, locale).isNotBlank()
                    .doesNotContain(NOISE);
        }
    }

    private static String name(String cvx, Locale locale) {
        return VaccineCode.findByCvx(cvx).orElseThrow().name(locale);
    }
}
