package org.shcportal.cards;

import java.util.regex.Pattern;

/** CDC CVX vaccine codes as FHIR writes them. */
public final class Cvx {

    /** The FHIR CVX code system (http://hl7.org/fhir/sid/cvx). */
    public static final String SYSTEM = "http://hl7.org/fhir/sid/cvx";
    /** A CVX code is 1 to 4 digits (CDC IIS code sets, CVX); the registry stores them so. */
    public static final Pattern CODE = Pattern.compile("[0-9]{1,4}");

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
