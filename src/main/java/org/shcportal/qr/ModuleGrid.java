package org.shcportal.qr;

/**
 * The modules of a finished symbol, {@code size} rows of bits ({@link MaskChoice#WORDS} words a row), with the data
 * mask that was applied.
 */
record ModuleGrid(int size, long[] rows, int mask) {

    /** Whether the module at column x, row y is dark; outside the symbol (the quiet zone) every module is light. */
    boolean dark(int x, int y) {
        return 0 <= x && x < size && 0 <= y && y < size && MaskChoice.get(rows, y, x);
    }
}
