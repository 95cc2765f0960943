package org.shcportal.qr;

/**
 * The final message of a symbol holding one QR text at error correction level L, in the smallest version that holds
 * it (ISO/IEC 18004:2015 section 7): the prefix as a byte-mode segment and the digits as a numeric-mode segment
 * (section 7.4), the terminator and pad codewords, the data split into blocks with their error correction codewords
 * (section 7.5) and the blocks interleaved (section 7.6).
 *
 * @param version the symbol's version, 1 to 22
 * @param message the interleaved data and error correction codewords, in the order they are placed
 */
record Codewords(int version, byte[] message) {

    /** Section 7.4.2, table 2: the mode indicators. */
    private static final int BYTE_MODE = 0b0100;
    private static final int NUMERIC_MODE = 0b0001;
    private static final int MODE_BITS = 4;
    /** Section 7.4.9: the terminator is up to four zero bits. */
    private static final int TERMINATOR_BITS = 4;
    /** Section 7.4.10: the pad codewords, 11101100 and 00010001 in turn. */
    private static final int[] PAD = { 0xEC, 0x11 };
    /** Table 3: versions 1 to 9 count characters in fewer bits than versions 10 to 26. */
    private static final int FIRST_LONGER_COUNT_VERSION = 10;
    /**
     * Table 9, level L, by version (index 0 unused): the error correction codewords of each block, and the number of
     * blocks.
     */
    private static final int[] ECC_PER_BLOCK = { 0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24,
            28, 30, 28, 28, 28, 28 };
    private static final int[] BLOCKS = { 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9 };

    /**
     * The codewords of {@code text}.
     *
     * @throws QrTooLargeException when the text does not fit a version-22 symbol
     */
    static Codewords of(ShcText text) {
        String prefix = text.prefix();
        int digits = text.text().length() - text.digitsStart();
        for (int version = 1; version <= QrSymbol.MAX_VERSION; version++) {
            int capacity = dataCodewords(version) * Byte.SIZE;
            if (dataBits(prefix.length(), digits, version) <= capacity) {
                return new Codewords(version, interleaved(version, data(text, version, capacity / Byte.SIZE)));
            }
        }
        throw new QrTooLargeException(text.text().length(), QrSymbol.MAX_VERSION);
    }

    /** The codewords of data a version holds: its data modules' whole bytes less the error correction. */
    static int dataCodewords(int version) {
        return rawCodewords(version) - ECC_PER_BLOCK[version] * BLOCKS[version];
    }

    private static int rawCodewords(int version) {
        return SymbolLayout.of(version).dataModules() / Byte.SIZE;
    }

    private static int dataBits(int prefixBytes, int digits, int version) {
        return MODE_BITS + byteCountBits(version) + prefixBytes * Byte.SIZE + MODE_BITS + numericCountBits(version)
                + numericBits(digits);
    }

    /** Table 3: 8 bits up to version 9, then 16. */
    private static int byteCountBits(int version) {
        return version < FIRST_LONGER_COUNT_VERSION ? 8 : 16;
    }

    /** Table 3: 10 bits up to version 9, then 12 (up to version 26). */
    private static int numericCountBits(int version) {
        return version < FIRST_LONGER_COUNT_VERSION ? 10 : 12;
    }

    /** Section 7.4.3: 10 bits for each group of three digits, 7 for two digits left over, 4 for one. */
    private static int numericBits(int digits) {
        int rest = digits % 3;
        return digits / 3 * 10 + (rest == 2 ? 7 : rest == 1 ? 4 : 0);
    }

    private static byte[] data(ShcText text, int version, int codewords) {
        Bits bits = new Bits(codewords);
        String prefix = text.prefix();
        bits.append(BYTE_MODE, MODE_BITS);
        bits.append(prefix.length(), byteCountBits(version));
        for (int i = 0; i < prefix.length(); i++) {
            bits.append(prefix.charAt(i), Byte.SIZE); // the scheme and chunk numbers are ASCII
        }
        String all = text.text();
        int start = text.digitsStart();
        bits.append(NUMERIC_MODE, MODE_BITS);
        bits.append(all.length() - start, numericCountBits(version));
        int i = start;
        for (; i + 3 <= all.length(); i += 3) {
            bits.append(digit(all, i) * 100 + digit(all, i + 1) * 10 + digit(all, i + 2), 10);
        }
        if (all.length() - i == 2) {
            bits.append(digit(all, i) * 10 + digit(all, i + 1), 7);
        } else if (all.length() - i == 1) {
            bits.append(digit(all, i), 4);
        }
        bits.append(0, Math.min(TERMINATOR_BITS, codewords * Byte.SIZE - bits.length()));
        bits.padToByte();
        for (int pad = 0; bits.length() < codewords * Byte.SIZE; pad++) {
            bits.append(PAD[pad % 2], Byte.SIZE);
        }
        return bits.bytes();
    }

    private static int digit(String text, int at) {
        return text.charAt(at) - '0';
    }

    /**
     * Section 7.5.2 and 7.6: the data split into blocks, the short ones first and the long ones one codeword longer,
     * each followed by its error correction codewords; then the first codeword of every block, the second of every
     * block and so on, the long blocks' extra data codeword after the others' last, then the error correction
     * codewords the same way.
     */
    private static byte[] interleaved(int version, byte[] data) {
        int blocks = BLOCKS[version];
        int eccLength = ECC_PER_BLOCK[version];
        int raw = rawCodewords(version);
        int shortBlocks = blocks - raw % blocks;
        int shortData = raw / blocks - eccLength;
        byte[] message = new byte[raw];
        int from = 0;
        for (int block = 0; block < blocks; block++) {
            int length = shortData + (block < shortBlocks ? 0 : 1);
            for (int i = 0; i < length; i++) {
                message[dataPosition(i, block, blocks, shortBlocks, shortData)] = data[from + i];
            }
            byte[] ecc = ReedSolomon.remainder(data, from, from + length, eccLength);
            for (int i = 0; i < eccLength; i++) {
                message[data.length + i * blocks + block] = ecc[i];
            }
            from += length;
        }
        return message;
    }

    /** Where data codeword {@code i} of {@code block} goes in the interleaved message. */
    private static int dataPosition(int i, int block, int blocks, int shortBlocks, int shortData) {
        return i < shortData ? i * blocks + block : shortData * blocks + (block - shortBlocks);
    }

    /** A bit stream filling whole codewords, most significant bit first. */
    private static final class Bits {

        private final byte[] bytes;
        private int length;

        Bits(int codewords) {
            this.bytes = new byte[codewords];
        }

        void append(int value, int count) {
            for (int bit = count - 1; bit >= 0; bit--) {
                if ((value >>> bit & 1) != 0) {
                    bytes[length >>> 3] |= (byte) (0x80 >>> (length & 7));
                }
                length++;
            }
        }

        void padToByte() {
            length = (length + 7) & ~7;
        }

        int length() {
            return length;
        }

        byte[] bytes() {
            return bytes;
        }
    }
}
