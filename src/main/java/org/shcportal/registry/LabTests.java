package org.shcportal.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lab tests and results in plain words: what kind of COVID-19 test a LOINC code is, and what a coded result says.
 * The codes are those of the Vaccination &amp; Testing IG's value sets of qualitative COVID-19 tests and results
 * ({@code lab-qualitative-test-covid}, {@code lab-qualitative-result}), sorted by their LOINC method: nucleic
 * acid amplification, sequencing or culture (a test for the virus), antigen, antibody, or immune cells.
 */
public final class LabTests {

    /** SNOMED CT, the code system of coded results. */
    public static final String SNOMED = "http://snomed.info/sct";

    private static final Map<String, TestKind> KINDS = new HashMap<>();

    static {
        kind(TestKind.COVID19_VIRUS, "94307-6", "94308-4", "94309-2", "94310-0", "94314-2", "94315-9", "94316-7",
                "94500-6", "94502-2", "94532-9", "94533-7", "94534-5", "94559-2", "94565-9", "94639-2", "94640-0",
                "94641-8", "94647-5", "94660-8", "94756-4", "94757-2", "94758-0", "94759-8", "94760-6", "94763-0",
                "94765-5", "94766-3", "94767-1", "94822-4", "94845-5", "95406-5", "95409-9", "95423-0", "95424-8",
                "95425-5", "95608-6", "95609-4", "95823-1", "95824-9", "96091-4", "96120-1", "96121-9", "96122-7",
                "96123-5", "96448-6", "96752-1", "96763-8", "96765-3", "96797-6", "96829-7", "96957-6", "96958-4",
                "96986-5", "97098-8", "98131-6", "98132-4", "98493-0", "98494-8");
        kind(TestKind.COVID19_ANTIGEN, "94558-4", "95209-3", "96119-3", "97097-0");
        kind(TestKind.COVID19_ANTIBODY, "94507-1", "94508-9", "94547-7", "94562-6", "94563-4", "94564-2", "94761-4",
                "94762-2", "94768-9", "95125-1", "95411-5", "95416-4", "95542-7", "95825-6", "96603-6", "98069-8",
                "99596-9", "99597-7");
        kind(TestKind.COVID19_IMMUNE_CELLS, "95970-0", "95971-8", "99772-6");
    }

    private LabTests() {
    }

    private static void kind(TestKind kind, String... loinc) {
        List.of(loinc).forEach(code -> KINDS.put(code, kind));
    }

    /** What kind of test a LOINC code is; {@link TestKind#OTHER} for tests that are not COVID-19 tests. */
    public static TestKind kindOf(String loinc) {
        return KINDS.getOrDefault(loinc.strip(), TestKind.OTHER);
    }

    /** The LOINC codes whose kind of test is known: every code {@link #kindOf} does not call {@link TestKind#OTHER}. */
    public static Set<String> knownTests() {
        return Set.copyOf(KINDS.keySet());
    }

    /** What a coded result says, when it is a SNOMED CT result we know. */
    public static Optional<Result> resultOf(String system, String code) {
        if (!SNOMED.equals(system) || code == null) {
            return Optional.empty();
        }
        for (Result result : Result.values()) {
            if (result.snomed.equals(code.strip())) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    public enum TestKind {
        /** Looks for the virus itself: PCR and other amplification, sequencing, culture. */
        COVID19_VIRUS,
        /** Looks for a protein of the virus, usually a rapid test. */
        COVID19_ANTIGEN,
        /** Looks for antibodies in the blood: a past infection or vaccination. */
        COVID19_ANTIBODY,
        /** Looks at how immune cells react to the virus. */
        COVID19_IMMUNE_CELLS,
        OTHER
    }

    /** The IG's qualitative results. */
    public enum Result {
        POSITIVE("10828004"),
        REACTIVE("11214006"),
        SPECIMEN_UNSATISFACTORY("125154007"),
        NON_REACTIVE("131194007"),
        DETECTED("260373001"),
        NEGATIVE("260385009"),
        NOT_DETECTED("260415000"),
        INFLUENZA_A("407479009"),
        INFLUENZA_B("407480007"),
        SUSPECTED("415684004"),
        INCONCLUSIVE("419984006"),
        EQUIVOCAL("42425007"),
        INVALID("455371000124106"),
        PRESUMPTIVE_POSITIVE("720735008"),
        INDETERMINATE("82334004"),
        SARS_COV_2("840533007");

        private final String snomed;

        Result(String snomed) {
            this.snomed = snomed;
        }

        /** Its SNOMED CT code. */
        public String snomed() {
            return snomed;
        }
    }
}
