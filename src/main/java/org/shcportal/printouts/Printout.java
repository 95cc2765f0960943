package org.shcportal.printouts;

import java.util.List;

/**
 * A printable document of cards, as text ready for the print template: one sheet per card (or per child's card in a
 * family pack), each with the person, the doses or results, and the QR codes as PNG data URIs.
 */
public record Printout(String lang, String title, String subject, String registry, String helpLine, String issued,
        boolean wallet, List<Sheet> sheets) {

    /**
     * One card on paper.
     *
     * @param walletRows the most recent rows that fit a wallet card's front panel
     * @param walletNote how many rows the wallet card's code holds and how many its front lists, or null when the
     *        front lists the whole history
     */
    public record Sheet(String footer, String heading, String name, String birthDate, boolean lab, List<Row> rows,
            String shownNote, List<Code> codes, String scanAll, List<Row> walletRows, String walletNote) {
    }

    /** A dose (vaccine, date, lot, where) or a lab result (test, date, result, laboratory). */
    public record Row(String what, String date, String lot, String where) {
    }

    /** One printed QR code with its alternative text and, for chunked cards, its label "Code 1 of 3". */
    public record Code(String dataUri, String alt, String label) {
    }
}
