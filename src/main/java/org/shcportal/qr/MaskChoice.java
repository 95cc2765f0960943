package org.shcportal.qr;

import java.util.stream.IntStream;

import io.nayuki.qrcodegen.QrCode;

/**
 * Chooses a symbol's data mask as ISO/IEC 18004:2015 section 7.8.3 asks: each of the eight patterns is applied in
 * turn and the one whose result scores the lowest penalty wins (the first on a tie), the penalty being scored as
 * Nayuki's encoder scores it: runs of five or more modules of one colour in a row or column (N1), 2 × 2 blocks of one
 * colour (N2), finder-like 1:1:3:1:1 patterns with four light modules on one side (N3) and the distance of the dark
 * share from half (N4).
 * <p>
 * The encoder does the same one module at a time, which was most of the time of a card's encoding (measured on the
 * build machine, a version-20 symbol: 2.5 ms, against 0.35 ms for the same symbol with its mask given). Here the
 * unmasked symbol is made once and each pattern is applied to whole rows and columns of bits.
 */
final class MaskChoice {

    /** The eight patterns of ISO/IEC 18004:2015 table 10. */
    static final int MASKS = 8;
    /** Two 64-bit words hold a line of up to 128 modules: a version-22 symbol has 105. */
    static final int WORDS = 2;
    /** Penalty weights of ISO/IEC 18004:2015 table 11. */
    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;

    private static final boolean[] FINDER_OF_ONE = pattern(1);
    private static final boolean[] FINDER_OF_TWO = pattern(2);
    private static final boolean[] DARK_RUN_OF_NINE = pattern(3, 3); // the middle run of a pattern of 3 a unit

    private MaskChoice() {
    }

    /**
     * The modules of {@code maskZero} (a symbol encoded with mask 0 at error correction {@code ecc}) with the mask of
     * lowest penalty applied and its format bits drawn.
     */
    static ModuleGrid best(QrCode maskZero, QrCode.Ecc ecc) {
        return best(new Unmasked(maskZero), ecc);
    }

    /** The modules of {@code unmasked} with the mask of lowest penalty applied and its format bits drawn. */
    static ModuleGrid best(Unmasked unmasked, QrCode.Ecc ecc) {
        ModuleGrid best = null;
        int bestPenalty = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASKS; mask++) {
            long[] columns = unmasked.columns();
            ModuleGrid masked = unmasked.masked(mask, ecc, columns);
            int penalty = penalty(masked.rows(), columns, masked.size());
            if (penalty < bestPenalty) {
                bestPenalty = penalty;
                best = masked;
            }
        }
        return best;
    }

    /** The data and function modules of a symbol encoded with mask 0, with the mask taken off again. */
    static final class Unmasked {

        private final SymbolLayout layout;
        private final int size;
        private final long[] rows;
        private final long[] columns;

        /** The symbol of the codewords, placed in their version's layout. */
        Unmasked(Codewords codewords) {
            this.layout = SymbolLayout.of(codewords.version());
            this.size = layout.size();
            this.rows = new long[size * WORDS];
            this.columns = new long[size * WORDS];
            layout.place(codewords.message(), rows, columns);
        }

        Unmasked(QrCode maskZero) {
            this.layout = SymbolLayout.of(maskZero.version);
            this.size = maskZero.size;
            this.rows = new long[size * WORDS];
            this.columns = new long[size * WORDS];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (maskZero.getModule(x, y)) {
                        set(rows, y, x, true);
                        set(columns, x, y, true);
                    }
                }
            }
            layout.toggle(rows, columns, 0);
        }

        /**
         * The symbol with {@code mask} applied and its format information for {@code ecc} drawn; {@code columns}, a
         * copy of the unmasked columns, receives the same modules column by column.
         */
        ModuleGrid masked(int mask, QrCode.Ecc ecc, long[] columns) {
            long[] masked = rows.clone();
            layout.toggle(masked, columns, mask);
            layout.drawFormat(masked, columns, ecc, mask);
            return new ModuleGrid(size, masked, mask);
        }

        long[] columns() {
            return columns.clone();
        }
    }

    private static int penalty(long[] rows, long[] columns, int size) {
        int penalty = 0;
        int dark = 0;
        for (int line = 0; line < size; line++) {
            penalty += linePenalty(rows[line * WORDS], rows[line * WORDS + 1], size);
            penalty += linePenalty(columns[line * WORDS], columns[line * WORDS + 1], size);
            dark += Long.bitCount(rows[line * WORDS]) + Long.bitCount(rows[line * WORDS + 1]);
        }
        for (int y = 0; y + 1 < size; y++) {
            penalty += N2 * blocks(rows, y, size);
        }
        int total = size * size;
        // the smallest k >= 0 with (45 - 5k) % <= dark / total <= (55 + 5k) %
        int k = (Math.abs(dark * 20 - total * 10) + total - 1) / total - 1;
        return penalty + k * N4;
    }

    /** 2 × 2 blocks of one colour with their top left in row {@code y}. */
    private static int blocks(long[] rows, int y, int size) {
        long aLow = rows[y * WORDS];
        long aHigh = rows[y * WORDS + 1];
        long bLow = rows[(y + 1) * WORDS];
        long bHigh = rows[(y + 1) * WORDS + 1];
        // bit x: the module at x has the colour of the one below it, and of the one to its right
        long verticalLow = ~(aLow ^ bLow);
        long verticalHigh = ~(aHigh ^ bHigh);
        long horizontalLow = ~(aLow ^ (aLow >>> 1 | aHigh << 63));
        long horizontalHigh = ~(aHigh ^ aHigh >>> 1);
        long low = verticalLow & (verticalLow >>> 1 | verticalHigh << 63) & horizontalLow;
        long high = verticalHigh & verticalHigh >>> 1 & horizontalHigh;
        int last = size - 1; // a block's left column is at most size - 2
        return Long.bitCount(low & lowBits(last)) + Long.bitCount(high & highBits(last));
    }

    /**
     * N1 and N3 of one row or column, bit x being the module at x. Most lines hold nothing like a finder pattern: their
     * N3 is 0 and their N1 is counted on the bits at once; the others are read run by run.
     */
    private static int linePenalty(long low, long high, int size) {
        return mayBeFinderLike(low, high, size) ? runPenalties(low, high, size) : longRuns(low, high, size);
    }

    /**
     * Whether the line holds the dark and light modules of a 1:1:3:1:1 pattern of 1 or 2 modules a unit, or a dark run
     * of 9 or more (the middle of a pattern of 3 or more a unit): every finder-like pattern N3 counts does.
     */
    private static boolean mayBeFinderLike(long low, long high, int size) {
        return holds(low, high, size, FINDER_OF_ONE) || holds(low, high, size, FINDER_OF_TWO)
                || holds(low, high, size, DARK_RUN_OF_NINE);
    }

    /** The 1:1:3:1:1 dark and light modules of a finder pattern, {@code unit} modules a unit. */
    private static boolean[] pattern(int unit) {
        return pattern(unit, 1, 1, 3, 1, 1);
    }

    /** Runs of {@code units} times {@code unit} modules each, dark first, then light, and so on. */
    private static boolean[] pattern(int unit, int... units) {
        boolean[] modules = new boolean[IntStream.of(units).sum() * unit];
        int at = 0;
        for (int i = 0; i < units.length; i++) {
            for (int j = 0; j < units[i] * unit; j++) {
                modules[at++] = i % 2 == 0;
            }
        }
        return modules;
    }

    /** Whether the modules of {@code pattern} follow one another somewhere in the line. */
    private static boolean holds(long low, long high, int size, boolean[] pattern) {
        long matchLow = -1L;
        long matchHigh = -1L;
        for (int k = 0; k < pattern.length; k++) {
            long shiftedLow = k == 0 ? low : low >>> k | high << (Long.SIZE - k);
            long shiftedHigh = high >>> k;
            matchLow &= pattern[k] ? shiftedLow : ~shiftedLow;
            matchHigh &= pattern[k] ? shiftedHigh : ~shiftedHigh;
        }
        int starts = size - pattern.length + 1;
        return (matchLow & lowBits(starts)) != 0 || (matchHigh & highBits(starts)) != 0;
    }

    /**
     * N1 from the bits: a run of five or more modules scores N1 for its first five and 1 for each module beyond, that
     * is N1 for its first 5-module window and 1 for each further one.
     */
    private static int longRuns(long low, long high, int size) {
        // bit x: the module at x has the colour of the one after it
        long sameLow = ~(low ^ (low >>> 1 | high << 63));
        long sameHigh = ~(high ^ high >>> 1);
        // bit x: the modules x to x + 4 have one colour
        long windowLow = sameLow;
        long windowHigh = sameHigh;
        for (int k = 1; k < 4; k++) {
            windowLow &= sameLow >>> k | sameHigh << (Long.SIZE - k);
            windowHigh &= sameHigh >>> k;
        }
        windowLow &= lowBits(size - 4);
        windowHigh &= highBits(size - 4);
        long firstLow = windowLow & ~(windowLow << 1);
        long firstHigh = windowHigh & ~(windowHigh << 1 | windowLow >>> 63);
        int windows = Long.bitCount(windowLow) + Long.bitCount(windowHigh);
        int runs = Long.bitCount(firstLow) + Long.bitCount(firstHigh);
        return N1 * runs + (windows - runs);
    }

    /**
     * N1 and N3 of a line read run by run, as the encoder reads
     * it module by module: the light margin counts as a run of {@code size} light modules at each end, and a
     * finder-like pattern is counted when the light run after it ends.
     */
    private static int runPenalties(long low, long high, int size) {
        // bit x: the module at x differs from the one before it (a light module before the first)
        long changeLow = (low ^ low << 1) & lowBits(size);
        long changeHigh = (high ^ (high << 1 | low >>> 63)) & highBits(size);
        RunHistory history = new RunHistory(size);
        int penalty = 0;
        boolean dark = false;
        int start = 0;
        for (int word = 0; word < WORDS; word++) {
            long changes = word == 0 ? changeLow : changeHigh;
            while (changes != 0) {
                int at = word * Long.SIZE + Long.numberOfTrailingZeros(changes);
                changes &= changes - 1;
                penalty += runPenalty(at - start);
                history.add(at - start);
                if (!dark) {
                    penalty += history.finderLike() * N3;
                }
                dark = !dark;
                start = at;
            }
        }
        int last = size - start;
        penalty += runPenalty(last);
        if (dark) {
            history.add(last);
            last = 0;
        }
        history.add(last + size);
        return penalty + history.finderLike() * N3;
    }

    /** N1: 3 for a run of five, and one more for each module beyond. */
    private static int runPenalty(int length) {
        return length >= 5 ? N1 + length - 5 : 0;
    }

    /** The bits of positions below {@code count} in the first word. */
    private static long lowBits(int count) {
        return count >= Long.SIZE ? -1L : (1L << count) - 1;
    }

    /** The bits of positions below {@code count} in the second word. */
    private static long highBits(int count) {
        return count <= Long.SIZE ? 0 : (1L << (count - Long.SIZE)) - 1;
    }

    static void set(long[] lines, int line, int position, boolean dark) {
        int word = line * WORDS + position / Long.SIZE;
        long bit = 1L << (position % Long.SIZE);
        lines[word] = dark ? lines[word] | bit : lines[word] & ~bit;
    }

    static boolean get(long[] lines, int line, int position) {
        return (lines[line * WORDS + position / Long.SIZE] >>> (position % Long.SIZE) & 1) != 0;
    }

    /** The last seven run lengths of a line, the latest first ({@code latest} to {@code seventh}). */
    private static final class RunHistory {

        private final int margin;
        private int latest;
        private int second;
        private int third;
        private int fourth;
        private int fifth;
        private int sixth;
        private int seventh;

        RunHistory(int margin) {
            this.margin = margin;
        }

        void add(int length) {
            seventh = sixth;
            sixth = fifth;
            fifth = fourth;
            fourth = third;
            third = second;
            second = latest;
            latest = second == 0 ? length + margin : length; // the light margin before the first run
        }

        /** After a light run: 0, 1 or 2 finder-like patterns ending here, with four light modules on either side. */
        int finderLike() {
            int n = second;
            boolean core = n > 0 && third == n && fourth == n * 3 && fifth == n && sixth == n;
            return (core && latest >= n * 4 && seventh >= n ? 1 : 0) + (core && seventh >= n * 4 && latest >= n ? 1 : 0);
        }
    }
}
