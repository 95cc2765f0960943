package org.shcportal.cards;

/** LOINC codes of lab tests as FHIR writes them. */
public final class Loinc {

    /** The FHIR LOINC code system (http://loinc.org). */
    public static final String SYSTEM = "http://loinc.org";

    private Loinc() {
    }
}
