package org.shcportal.healthlinks;

/** What a SMART Health Link shares. */
public enum LinkContent {
    /** One card of the person, by its group. */
    ONE_CARD,
    /** Every card of the person. */
    ALL_CARDS,
    /** Every card, and the whole record (doses and lab results) as one {@code application/fhir+json} Bundle. */
    EVERYTHING
}
