package org.shcportal.pdf;

/**
 * The paper a PDF is printed on. It sets the page size of every document, so one template serves both: the print
 * stylesheet sets margins in {@code @page} but never a {@code size} (a {@code size} there would win over the format).
 * The wallet fold card is a layout on this same paper (true-size panels with cut and fold lines), not a paper size of
 * its own: home printers cannot take card-sized paper, and a viewer would scale such a page to fit the sheet.
 */
public enum PageFormat {

    /** US Letter, 8.5 × 11 in (612 × 792 pt), the default in the United States. */
    LETTER(215.9f, 279.4f),
    /** ISO A4, 210 × 297 mm (595 × 842 pt). */
    A4(210f, 297f);

    private final float widthMm;
    private final float heightMm;

    PageFormat(float widthMm, float heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** Width in millimetres, portrait. */
    public float widthMm() {
        return widthMm;
    }

    /** Height in millimetres, portrait. */
    public float heightMm() {
        return heightMm;
    }
}
