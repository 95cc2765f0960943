package org.shcportal.qr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.BitSource;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;

/**
 * What a symbol's modules hold, read the way a scanner reads them: ZXing's decoder unmasks the modules, reads the
 * codewords, corrects and de-interleaves the blocks; the data codewords are then parsed here segment by segment, so
 * the segment modes and boundaries are seen, not just the text.
 *
 * @param version the version given by the symbol's size
 * @param errorCorrection the level in the format information, e.g. "L"
 * @param errorsCorrected codewords the decoder had to repair (0 for a freshly made symbol)
 * @param segments the segments in order
 * @param onlyPaddingAfter whether nothing but the terminator and the standard padding follows the last segment
 */
record SymbolContents(int version, String errorCorrection, int errorsCorrected, List<Segment> segments,
        boolean onlyPaddingAfter) {

    /** One segment: its mode and its characters. */
    record Segment(Mode mode, String text) {
    }

    private static final int MODE_BITS = 4;
    private static final int[] PAD_CODEWORDS = { 0xEC, 0x11 };

    static SymbolContents read(QrSymbol symbol) {
        BitMatrix modules = new BitMatrix(symbol.size());
        for (int y = 0; y < symbol.size(); y++) {
            for (int x = 0; x < symbol.size(); x++) {
                if (symbol.dark(x, y)) {
                    modules.set(x, y);
                }
            }
        }
        try {
            DecoderResult result = new Decoder().decode(modules);
            Version version = Version.getVersionForNumber((symbol.size() - 17) / 4);
            return parse(version, result);
        } catch (ChecksumException | FormatException e) {
            throw new AssertionError("the symbol does not decode", e);
        }
    }

    private static SymbolContents parse(Version version, DecoderResult result) {
        BitSource bits = new BitSource(result.getRawBytes());
        List<Segment> segments = new ArrayList<>();
        Mode mode;
        while ((mode = nextMode(bits)) != Mode.TERMINATOR) {
            int count = bits.readBits(mode.getCharacterCountBits(version));
            segments.add(new Segment(mode, characters(mode, count, bits)));
        }
        return new SymbolContents(version.getVersionNumber(), result.getECLevel(), result.getErrorsCorrected(),
                segments, onlyPaddingLeft(bits));
    }

    /** The next mode indicator; fewer than 4 bits left means the terminator was cut off by the end of the data. */
    private static Mode nextMode(BitSource bits) {
        return bits.available() < MODE_BITS ? Mode.TERMINATOR : Mode.forBits(bits.readBits(MODE_BITS));
    }

    /** After the terminator: zero bits up to a byte boundary, then the pad codewords 0xEC and 0x11 in turn. */
    private static boolean onlyPaddingLeft(BitSource bits) {
        if (bits.available() % 8 != 0 && bits.readBits(bits.available() % 8) != 0) {
            return false;
        }
        for (int pad = 0; bits.available() > 0; pad++) {
            if (bits.readBits(8) != PAD_CODEWORDS[pad % 2]) {
                return false;
            }
        }
        return true;
    }

    private static String characters(Mode mode, int count, BitSource bits) {
        if (mode == Mode.BYTE) {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++) {
                bytes[i] = (byte) bits.readBits(8);
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (mode == Mode.NUMERIC) {
            return digits(count, bits);
        }
        throw new AssertionError("unexpected segment mode " + mode);
    }

    /** Numeric mode: 3 digits in 10 bits, a last pair in 7, a last single digit in 4. */
    private static String digits(int count, BitSource bits) {
        StringBuilder digits = new StringBuilder(count);
        int left = count;
        while (left > 0) {
            int group = Math.min(3, left);
            int bitCount = group == 3 ? 10 : group == 2 ? 7 : 4;
            String value = String.valueOf(bits.readBits(bitCount));
            digits.append("0".repeat(group - value.length())).append(value);
            left -= group;
        }
        return digits.toString();
    }
}
