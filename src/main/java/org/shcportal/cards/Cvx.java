package org.shcportal.cards;

/** CDC CVX vaccine codes as FHIR writes them. */
public final class Cvx {

    /** The FHIR CVX code system (http://hl7.org/fhir/sid/cvx). */
    public static final String SYSTEM = "http://hl7.org/fhir/sid/cvx";

    private Cvx() {
    }

    /**
     * The code without leading zeros ("03" → "3"): HL7 v2 messages pad CVX codes, the FHIR code system and the IG's
     * value sets do not. A code that is not a number is kept as recorded.
     */
    public static String normalize(String cvx) {
        String trimmed = cvx.strip();
        int start = 0;
        while (start < trimmed.length() - 1 && trimmed.charAt(start) == '0') {
            start++;
        }
        return trimmed.substring(start);
    }
}
