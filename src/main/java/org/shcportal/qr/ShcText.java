package org.shcportal.qr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One QR text, {@code shc:/<digits>} or a chunk {@code shc:/C/N/<digits>}, split into the prefix that goes into a
 * byte-mode segment and the digits that go into a numeric-mode segment (SMART Health Cards specification, "Encoding
 * QRs", https://spec.smarthealth.cards/#encoding-qrs).
 *
 * @param text the whole text
 * @param digitsStart where the digits begin, just after the prefix
 * @param chunk the 1-based chunk number C, 0 for a text without one
 * @param chunks the number of chunks N, 0 for a text without one
 */
record ShcText(String text, int digitsStart, int chunk, int chunks) {

    private static final Pattern FORM = Pattern
            .compile(NumericQr.SCHEME + "(?:([1-9][0-9]{0,3})/([1-9][0-9]{0,3})/)?[0-9]*");
    private static final int PREVIEW_LENGTH = 12;

    static ShcText parse(String text) {
        Matcher form = FORM.matcher(text);
        if (!form.matches()) {
            throw new IllegalArgumentException("Not a SMART Health Card QR text (shc:/ or shc:/C/N/ followed by digits): "
                    + preview(text));
        }
        if (form.group(1) == null) {
            return new ShcText(text, NumericQr.SCHEME.length(), 0, 0);
        }
        int chunk = Integer.parseInt(form.group(1));
        int chunks = Integer.parseInt(form.group(2));
        if (chunk > chunks) {
            throw new IllegalArgumentException("A QR text says it is chunk " + chunk + " of " + chunks + ".");
        }
        return new ShcText(text, form.end(2) + 1, chunk, chunks);
    }

    boolean chunked() {
        return chunks > 0;
    }

    String prefix() {
        return text.substring(0, digitsStart);
    }

    /** How error messages name this text. */
    String label() {
        return chunked() ? "chunk " + chunk + " of " + chunks : "the QR text";
    }

    private static String preview(String text) {
        return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH) + "…";
    }
}
