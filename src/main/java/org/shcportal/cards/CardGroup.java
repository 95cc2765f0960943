package org.shcportal.cards;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cards a person can have. Immunizations go on one card per disease and lab results on their own cards, as
 * the SMART Health Cards specification advises ("Granular Sharing", https://spec.smarthealth.cards/#granular-sharing).
 * A combination vaccine (e.g. MMRV, DTaP-HepB-IPV) goes on the card of its first disease. Each group knows its CVX or
 * LOINC codes and the legacy {@code vc.type} entries that match it (deprecated in version 1.4.0 of the specification,
 * https://spec.smarthealth.cards/changelog/).
 */
public enum CardGroup {

    COVID19("covid-19", Kind.IMMUNIZATION, true, "207", "208", "210", "211", "212", "213", "217", "218", "219", "221",
            "225", "226", "227", "228", "229", "230", "300", "301", "302", "308", "309", "310", "311", "312", "313",
            "500", "501", "502", "503", "504", "505", "506", "507", "508", "509", "510", "511", "512", "513", "514",
            "515", "516", "517", "518", "519", "520", "521"),
    MPOX("mpox", Kind.IMMUNIZATION, false, "206", "75", "105"),
    INFLUENZA("influenza", Kind.IMMUNIZATION, false, "15", "16", "88", "111", "123", "125", "126", "127", "128",
            "135", "140", "141", "144", "149", "150", "151", "153", "155", "158", "160", "161", "166", "168", "171",
            "185", "186", "194", "197", "200", "201", "202", "205", "231"),
    MEASLES_MUMPS_RUBELLA("measles-mumps-rubella", Kind.IMMUNIZATION, false, "3", "4", "5", "6", "7", "38", "94"),
    DIPHTHERIA_TETANUS_PERTUSSIS("diphtheria-tetanus-pertussis", Kind.IMMUNIZATION, false, "1", "9", "11", "20",
            "22", "28", "35", "50", "102", "106", "107", "110", "112", "113", "115", "120", "130", "132", "138", "139",
            "142", "146", "170", "195", "196", "198"),
    POLIO("polio", Kind.IMMUNIZATION, false, "2", "10", "89", "178", "179", "182"),
    HEPATITIS_A("hepatitis-a", Kind.IMMUNIZATION, false, "31", "52", "83", "84", "85", "104", "169", "193"),
    HEPATITIS_B("hepatitis-b", Kind.IMMUNIZATION, false, "8", "42", "43", "44", "45", "51", "189", "220"),
    VARICELLA("varicella", Kind.IMMUNIZATION, false, "21"),
    ZOSTER("zoster", Kind.IMMUNIZATION, false, "121", "187", "188"),
    HIB("hib", Kind.IMMUNIZATION, false, "17", "46", "47", "48", "49", "148"),
    PNEUMOCOCCAL("pneumococcal", Kind.IMMUNIZATION, false, "33", "100", "109", "133", "152", "177", "215", "216"),
    HPV("hpv", Kind.IMMUNIZATION, false, "62", "118", "137", "165"),
    MENINGOCOCCAL("meningococcal", Kind.IMMUNIZATION, false, "32", "103", "108", "114", "136", "147", "162", "163",
            "164", "167", "191", "192", "203"),
    RSV("rsv", Kind.IMMUNIZATION, false, "303", "304", "305", "306", "307"),
    OTHER_IMMUNIZATIONS("other-immunizations", Kind.IMMUNIZATION, false),
    COVID19_TESTS("covid-19-tests", Kind.LABORATORY, true),
    OTHER_TESTS("tests", Kind.LABORATORY, false);

    private static final String HEALTH_CARD = "https://smarthealth.cards#health-card";
    private static final Map<String, CardGroup> BY_CVX = new HashMap<>();

    static {
        for (CardGroup group : values()) {
            group.cvxCodes.forEach(code -> BY_CVX.put(code, group));
        }
    }

    private final String slug;
    private final Kind kind;
    private final boolean covid19;
    private final Set<String> cvxCodes;

    CardGroup(String slug, Kind kind, boolean covid19, String... cvxCodes) {
        this.slug = slug;
        this.kind = kind;
        this.covid19 = covid19;
        this.cvxCodes = Set.of(cvxCodes);
    }

    /** The card of a vaccine; codes we do not know go on the "other immunizations" card, as recorded. */
    public static CardGroup ofVaccine(String cvx) {
        return BY_CVX.getOrDefault(Cvx.normalize(cvx), OTHER_IMMUNIZATIONS);
    }

    /** The card of a lab test: COVID-19 tests (the IG's COVID-19 LOINC value set) or the general one. */
    public static CardGroup ofTest(String loinc) {
        return CovidTests.LOINC.contains(loinc) ? COVID19_TESTS : OTHER_TESTS;
    }

    /** A short name for files and URLs, e.g. {@code covid-19}. */
    public String slug() {
        return slug;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * {@code vc.type}: {@code #health-card}, plus, when {@code legacy}, the deprecated types that older verifiers
     * filter on and the official validator, health-cards-dev-tools, still asks for (it predates their deprecation).
     */
    public List<String> credentialTypes(boolean legacy) {
        if (!legacy) {
            return List.of(HEALTH_CARD);
        }
        String content = kind == Kind.IMMUNIZATION ? "https://smarthealth.cards#immunization"
                : "https://smarthealth.cards#laboratory";
        return covid19 ? List.of(HEALTH_CARD, content, "https://smarthealth.cards#covid19")
                : List.of(HEALTH_CARD, content);
    }

    /** What a card holds: immunizations or laboratory results. */
    public enum Kind {
        IMMUNIZATION,
        LABORATORY
    }
}
