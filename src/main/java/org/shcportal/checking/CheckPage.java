package org.shcportal.checking;

import java.util.List;

import org.shcportal.web.FormErrors;

/**
 * Everything the check page shows, as text ready to print in the page's language.
 *
 * @param title the page's title, prefixed with "Error:" when the input has a problem
 * @param errors the error summary: each links to its field
 * @param text what the visitor pasted, given back when it has a problem so it can be fixed
 * @param results one per card checked; empty on the blank form and when the input has a problem
 */
public record CheckPage(String title, FormErrors errors, String fileError, String textError, String text,
        List<Result> results) {

    /** The most text the form takes, for the text area's {@code maxlength}. */
    public int maxTextChars() {
        return CardInput.MAX_TEXT_CHARS;
    }

    /**
     * One card.
     *
     * @param id the anchor of the result's heading
     * @param status {@code valid}, {@code invalid} or {@code foreign}: the result's CSS modifier
     * @param facts issuer, signature, revocation, expiry and issue date
     * @param contentsHeading whether what the card says was verified by us
     * @param readable false when the card's contents cannot be read (then no name, no rows)
     */
    public record Result(String id, String heading, String status, String summary, List<Fact> facts,
            String contentsHeading, boolean readable, String name, String birthDate, String birthDateIso,
            List<DoseRow> doses, List<LabRow> labs) {
    }

    public record Fact(String label, String value) {
    }

    /** @param isoDate the date as the card writes it, for a time element's datetime attribute */
    public record DoseRow(String vaccine, String date, String isoDate, String lot, String performer) {
    }

    public record LabRow(String test, String result, String date, String isoDate, String lab) {
    }
}
