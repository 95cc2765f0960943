package org.shcportal.printouts;

import java.util.List;

/**
 * An immunization record on paper, as text ready for the template {@code RecordPrintout/document.html}: a section per
 * person (one person's record, or each child's in a family pack), each the record itself followed by its QR codes.
 */
public record RecordPrintout(String lang, String title, String subject, String registry, String helpLine,
        String issued, List<Section> sections) {

    /**
     * One person's record and codes.
     *
     * @param footer who the pages are about, repeated at the foot of each page
     * @param cards the SMART Health Cards' codes, then each full history's codes
     * @param links the extra codes the caller asked for, after the cards; may be empty
     */
    public record Section(String footer, String name, String birthDate, List<Disease> immunizations,
            List<Row> labs, List<Code> cards, List<Code> links) {

        public boolean empty() {
            return immunizations.isEmpty() && labs.isEmpty();
        }
    }

    /** The doses against one disease (a card group), oldest first. */
    public record Disease(String heading, List<Row> doses) {
    }

    /** A dose (vaccine, date, lot, where given) or a lab result (test, date, result, laboratory). */
    public record Row(String what, String date, String detail, String where) {
    }

    /**
     * One labelled QR code, cut-out size.
     *
     * @param label what the code is, above it (e.g. "Polio")
     * @param caption under it: whose it is, and "Code 1 of 3" for a code of several
     */
    public record Code(String label, String dataUri, String alt, String caption) {
    }
}
