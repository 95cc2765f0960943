package org.shcportal.qr;

/**
 * The error correction codewords of one block (ISO/IEC 18004:2015 section 7.5.2): the remainder of the block's data
 * polynomial, times x to the number of error correction codewords, divided by the generator polynomial of that
 * degree, over GF(256) with the field's prime polynomial x^8 + x^4 + x^3 + x^2 + 1 (section 7.5.2, 285 or 0x11D).
 * Products are taken from log and antilog tables, one lookup each, instead of multiplying bit by bit.
 */
final class ReedSolomon {

    private static final int PRIME = 0x11D; // section 7.5.2: x^8 + x^4 + x^3 + x^2 + 1
    private static final int FIELD = 255; // the non-zero elements of GF(256), powers of alpha = 2
    /** alpha^i for i up to twice the field's order, so that a sum of two logarithms needs no reduction. */
    private static final int[] ANTILOG = new int[FIELD * 2];
    private static final int[] LOG = new int[FIELD + 1];
    /** Table 9 of section 7.5.1: a block has at most 30 error correction codewords. */
    private static final int MAX_DEGREE = 30;
    /** The generator polynomials' coefficients as logarithms (each is non-zero), by degree. */
    private static final int[][] GENERATORS = new int[MAX_DEGREE + 1][];

    static {
        int value = 1;
        for (int i = 0; i < FIELD; i++) {
            ANTILOG[i] = value;
            ANTILOG[i + FIELD] = value;
            LOG[value] = i;
            value <<= 1;
            if (value > FIELD) {
                value ^= PRIME;
            }
        }
        for (int degree = 1; degree <= MAX_DEGREE; degree++) {
            GENERATORS[degree] = generator(degree);
        }
    }

    private ReedSolomon() {
    }

    /** The {@code degree} error correction codewords of {@code data[from, to)}. */
    static byte[] remainder(byte[] data, int from, int to, int degree) {
        int[] generator = GENERATORS[degree];
        int[] remainder = new int[degree];
        for (int i = from; i < to; i++) {
            int factor = (data[i] & 0xFF) ^ remainder[0];
            System.arraycopy(remainder, 1, remainder, 0, degree - 1);
            remainder[degree - 1] = 0;
            if (factor != 0) {
                int logFactor = LOG[factor];
                for (int j = 0; j < degree; j++) {
                    remainder[j] ^= ANTILOG[generator[j] + logFactor];
                }
            }
        }
        byte[] codewords = new byte[degree];
        for (int j = 0; j < degree; j++) {
            codewords[j] = (byte) remainder[j];
        }
        return codewords;
    }

    /**
     * The generator polynomial of {@code degree}, (x - alpha^0)(x - alpha^1)…(x - alpha^(degree-1)) (section 7.5.2,
     * annex A), without its leading coefficient 1, highest power first, as logarithms.
     */
    private static int[] generator(int degree) {
        int[] coefficients = new int[degree];
        coefficients[degree - 1] = 1;
        int root = 1;
        for (int i = 0; i < degree; i++) {
            for (int j = 0; j < degree; j++) {
                coefficients[j] = multiply(coefficients[j], root) ^ (j + 1 < degree ? coefficients[j + 1] : 0);
            }
            root = multiply(root, 2);
        }
        int[] logs = new int[degree];
        for (int j = 0; j < degree; j++) {
            logs[j] = LOG[coefficients[j]];
        }
        return logs;
    }

    private static int multiply(int a, int b) {
        return a == 0 || b == 0 ? 0 : ANTILOG[LOG[a] + LOG[b]];
    }
}
