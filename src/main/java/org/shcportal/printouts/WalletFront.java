package org.shcportal.printouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The front panel of a wallet card (85.6 × 54 mm, print.css): which of the most recent rows fit above the note at
 * its foot. The rows' text is measured in the printouts' font, Noto Sans, from its advance widths (openhtmltopdf sets
 * text without kerning) and wrapped as the renderer wraps it, at spaces and after hyphens; rows are taken from the
 * most recent back, for as long as their lines fit. What is listed is then exactly what the note says is listed.
 */
final class WalletFront {

    /** At most this many rows, however short. */
    static final int MAX_ROWS = 5;
    /**
     * 7 pt lines of the dose table that fit between its header and the note (print.css): the panel is 53.75 mm high,
     * its header (3 mm padding, registry, card, name, date of birth, table header) takes 26.6 mm, the note 2 lines of
     * 6.5 pt 2.5 mm above the edge takes 8.5 mm and 1 mm of air; 17.6 mm is 5 rows of 3.4 mm (7 pt × 1.3 + 0.2 mm).
     */
    static final int LINES = 5;
    /** The panel's width inside its 3.5 mm padding (print.css .panel-inner), less 1 mm for measuring error. */
    private static final double INNER_MM = 85.225 - 2 * 3.5 - 1;
    /** Each of the three cells has 1.5 mm of padding on its right (print.css .panel-doses). */
    private static final double CELL_PADDING_MM = 1.5;
    /** The table's font size (print.css .panel-doses). */
    private static final double POINTS = 7;
    private static final double MM_PER_POINT = 25.4 / 72;
    private static final String FONTS = "META-INF/resources/static/fonts/"; // where the pom copies src-frontend/

    private static final Face REGULAR = Face.load("NotoSans-Regular.ttf");
    private static final Face BOLD = Face.load("NotoSans-Bold.ttf");

    private WalletFront() {
    }

    /**
     * The most recent rows that fit the panel, oldest first: at least one, at most {@link #MAX_ROWS}.
     *
     * @param headers the table's three header cells: date, what, lot (bold)
     */
    static List<Printout.Row> rows(List<Printout.Row> rows, List<String> headers) {
        List<Printout.Row> candidates = rows.subList(Math.max(0, rows.size() - MAX_ROWS), rows.size());
        double dateMm = Math.max(BOLD.mm(headers.get(0)), candidates.stream().mapToDouble(r -> REGULAR.mm(r.date()))
                .max().orElse(0));
        double lotMm = Math.max(BOLD.mm(headers.get(2)), candidates.stream().mapToDouble(r -> REGULAR.mm(r.lot()))
                .max().orElse(0));
        double whatMm = INNER_MM - 3 * CELL_PADDING_MM - dateMm - lotMm;
        int lines = 0;
        int first = candidates.size();
        while (first > 0) {
            Printout.Row row = candidates.get(first - 1);
            lines += Math.max(REGULAR.lines(row.what(), whatMm), REGULAR.lines(row.lot(), lotMm));
            if (lines > LINES && first < candidates.size()) {
                break;
            }
            first--;
        }
        return candidates.subList(first, candidates.size());
    }

    /** One face of the font, for its advance widths. */
    private record Face(CmapLookup cmap, TrueTypeFont font, double unitsPerEm) {

        static Face load(String file) {
            try (InputStream in = WalletFront.class.getClassLoader().getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("Font " + FONTS + file + " is not on the classpath."));
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                return new Face(font.getUnicodeCmapLookup(), font, font.getUnitsPerEm());
            } catch (IOException e) {
                throw new UncheckedIOException("Font " + FONTS + file + " cannot be read.", e);
            }
        }

        /** The width of the text on one line, in millimetres. */
        double mm(String text) {
            if (text == null) {
                return 0;
            }
            double units = 0;
            try {
                for (int c : text.codePoints().toArray()) {
                    units += font.getAdvanceWidth(cmap.getGlyphId(c));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return units / unitsPerEm * POINTS * MM_PER_POINT;
        }

        /** How many lines the text takes in a column this wide, broken at spaces and after hyphens. */
        int lines(String text, double widthMm) {
            if (text == null || text.isBlank()) {
                return 1;
            }
            int lines = 1;
            double used = 0;
            for (String word : words(text)) {
                double width = mm(word.stripTrailing());
                if (used > 0 && used + width > widthMm) {
                    lines++;
                    used = 0;
                }
                used += mm(word);
            }
            return lines;
        }

        /** The text cut after each space and each hyphen, where a line may break. */
        private static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '-') {
                    words.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                words.add(text.substring(start));
            }
            return words;
        }
    }
}
