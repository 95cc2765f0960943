package org.shcportal.qr;

import static org.shcportal.qr.MaskChoice.MASKS;
import static org.shcportal.qr.MaskChoice.WORDS;

import java.util.Arrays;
import java.util.List;

import io.nayuki.qrcodegen.QrCode;

/**
 * Where the function patterns of one QR version lie (ISO/IEC 18004:2015 section 6.3: finder patterns with their
 * separators, timing patterns, alignment patterns, format and version information) and, for each data mask, the
 * modules it inverts: the mask's pattern (section 7.8.2, table 10) outside the function patterns, as rows and as
 * columns of bits; the order in which the message's bits fill the other modules (section 7.7.3); and the function
 * patterns' modules themselves.
 */
final class SymbolLayout {

    /** ISO/IEC 18004:2015 table 12: the error correction level's two bits in the format information. */
    private static final int[] LEVEL_BITS = { 1, 0, 3, 2 }; // L, M, Q, H (QrCode.Ecc's order)

    /** The layouts of versions 1 to 22, made once (a few milliseconds), after the constants they use. */
    private static final SymbolLayout[] LAYOUTS = new SymbolLayout[QrSymbol.MAX_VERSION + 1];

    static {
        for (int version = QrCode.MIN_VERSION; version <= QrSymbol.MAX_VERSION; version++) {
            LAYOUTS[version] = new SymbolLayout(version);
        }
    }

    private final int size;
    private final long[] function;
    private final long[][] maskRows = new long[MASKS][];
    private final long[][] maskColumns = new long[MASKS][];
    /** The data modules in placement order, each as its row times the symbol's size plus its column. */
    private final int[] placement;
    private final long[] functionRows;
    private final long[] functionColumns;

    private SymbolLayout(int version) {
        this.size = version * 4 + 17;
        this.function = new long[size * WORDS];
        markFunctionPatterns(version);
        this.placement = placementOrder();
        this.functionRows = new long[size * WORDS];
        this.functionColumns = new long[size * WORDS];
        drawFunctionPatterns(version);
        for (int mask = 0; mask < MASKS; mask++) {
            maskRows[mask] = new long[size * WORDS];
            maskColumns[mask] = new long[size * WORDS];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (inverts(mask, x, y) && !MaskChoice.get(function, y, x)) {
                        MaskChoice.set(maskRows[mask], y, x, true);
                        MaskChoice.set(maskColumns[mask], x, y, true);
                    }
                }
            }
        }
    }

    static SymbolLayout of(int version) {
        return LAYOUTS[version];
    }

    int size() {
        return size;
    }

    /** How many modules hold the message: all but the function patterns. */
    int dataModules() {
        return placement.length;
    }

    /**
     * The unmasked symbol holding {@code message}, as rows and as columns of bits: the function patterns, and the
     * message's bits in placement order, most significant first; the modules left over after its last codeword (the
     * remainder bits) stay light.
     */
    void place(byte[] message, long[] rows, long[] columns) {
        System.arraycopy(functionRows, 0, rows, 0, rows.length);
        System.arraycopy(functionColumns, 0, columns, 0, columns.length);
        int bits = Math.min(placement.length, message.length * Byte.SIZE);
        for (int i = 0; i < bits; i++) {
            if ((message[i >>> 3] << (i & 7) & 0x80) != 0) {
                int y = placement[i] / size;
                int x = placement[i] % size;
                MaskChoice.set(rows, y, x, true);
                MaskChoice.set(columns, x, y, true);
            }
        }
    }

    /** Inverts the data modules {@code mask} inverts (applying it, or taking it off again). */
    void toggle(long[] rows, long[] columns, int mask) {
        for (int i = 0; i < rows.length; i++) {
            rows[i] ^= maskRows[mask][i];
            columns[i] ^= maskColumns[mask][i];
        }
    }

    /** Draws both copies of the format information of {@code level} and {@code mask} (section 7.9.1). */
    void drawFormat(long[] rows, long[] columns, QrCode.Ecc level, int mask) {
        int data = LEVEL_BITS[level.ordinal()] << 3 | mask;
        int remainder = data;
        for (int i = 0; i < 10; i++) {
            remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537); // BCH(15,5), generator 10100110111
        }
        int bits = (data << 10 | remainder) ^ 0x5412; // the mask pattern of section 7.9.1
        for (int i = 0; i < 15; i++) {
            boolean dark = (bits >>> i & 1) != 0;
            int[] first = firstCopy(i);
            int[] second = secondCopy(i);
            draw(rows, columns, first[0], first[1], dark);
            draw(rows, columns, second[0], second[1], dark);
        }
    }

    /** Format bit {@code i} (0 the least significant) beside the top left finder pattern, as {x, y}. */
    private static int[] firstCopy(int i) {
        if (i <= 5) {
            return new int[] { 8, i };
        }
        if (i <= 8) {
            return i == 8 ? new int[] { 7, 8 } : new int[] { 8, i + 1 };
        }
        return new int[] { 14 - i, 8 };
    }

    /** Format bit {@code i} beside the top right and bottom left finder patterns, as {x, y}. */
    private int[] secondCopy(int i) {
        return i < 8 ? new int[] { size - 1 - i, 8 } : new int[] { 8, size - 15 + i };
    }

    private static void draw(long[] rows, long[] columns, int x, int y, boolean dark) {
        MaskChoice.set(rows, y, x, dark);
        MaskChoice.set(columns, x, y, dark);
    }

    /**
     * Section 7.7.3: two columns at a time from the right, upwards then downwards in turn, the right module of a pair
     * before the left, skipping the vertical timing pattern's column and every function module.
     */
    private int[] placementOrder() {
        int[] order = new int[size * size];
        int count = 0;
        for (int right = size - 1; right >= 1; right -= 2) {
            if (right == 6) { // the vertical timing pattern
                right = 5;
            }
            boolean upwards = (right + 1 & 2) == 0;
            for (int step = 0; step < size; step++) {
                int y = upwards ? size - 1 - step : step;
                for (int x = right; x >= right - 1; x--) {
                    if (!MaskChoice.get(function, y, x)) {
                        order[count++] = y * size + x;
                    }
                }
            }
        }
        return Arrays.copyOf(order, count);
    }

    /**
     * The function patterns' modules as the encoder draws them: they depend on the version only, so they are taken
     * from its symbol of an empty message; the format information is drawn afterwards for the mask chosen.
     */
    private void drawFunctionPatterns(int version) {
        QrCode empty = QrCode.encodeSegments(List.of(), QrCode.Ecc.LOW, version, version, 0, false);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (MaskChoice.get(function, y, x) && empty.getModule(x, y)) {
                    draw(functionRows, functionColumns, x, y, true);
                }
            }
        }
    }

    private void markFunctionPatterns(int version) {
        for (int i = 0; i < size; i++) {
            mark(6, i);
            mark(i, 6);
        }
        markSquare(0, 0, 9); // the finder patterns, their separators and the format information beside them
        markSquare(size - 8, 0, 8);
        markSquare(0, size - 8, 8);
        for (int i = 0; i < 9; i++) {
            mark(size - 1 - Math.min(i, 7), 8); // format information beside the top right finder
            mark(8, size - 1 - Math.min(i, 7)); // and beside the bottom left one, with the dark module
        }
        int[] centres = alignmentCentres(version);
        for (int i = 0; i < centres.length; i++) {
            for (int j = 0; j < centres.length; j++) {
                boolean finderCorner = i == 0 && j == 0 || i == 0 && j == centres.length - 1
                        || i == centres.length - 1 && j == 0;
                if (!finderCorner) {
                    markSquare(centres[i] - 2, centres[j] - 2, 5);
                }
            }
        }
        if (version >= 7) { // version information, 6 × 3 modules twice (section 7.10)
            for (int i = 0; i < 18; i++) {
                mark(size - 11 + i % 3, i / 3);
                mark(i / 3, size - 11 + i % 3);
            }
        }
    }

    /** Annex E: the rows and columns of the alignment patterns' centres. */
    private int[] alignmentCentres(int version) {
        if (version == 1) {
            return new int[0];
        }
        int count = version / 7 + 2;
        int step = (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2; // even and evenly spread up to version 31
        int[] centres = new int[count];
        centres[0] = 6;
        for (int i = count - 1, at = size - 7; i >= 1; i--, at -= step) {
            centres[i] = at;
        }
        return centres;
    }

    private void markSquare(int left, int top, int side) {
        for (int y = top; y < top + side; y++) {
            for (int x = left; x < left + side; x++) {
                mark(x, y);
            }
        }
    }

    private void mark(int x, int y) {
        MaskChoice.set(function, y, x, true);
    }

    /** Table 10: whether mask {@code mask} inverts the module in column x of row y. */
    private static boolean inverts(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> (x + y) % 2 == 0;
            case 1 -> y % 2 == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (x + y) % 3 == 0;
            case 4 -> (x / 3 + y / 2) % 2 == 0;
            case 5 -> x * y % 2 + x * y % 3 == 0;
            case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
            default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
        };
    }
}
