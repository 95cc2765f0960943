package org.shcportal.qr;

import java.util.Arrays;

/**
 * A QR symbol as a black-and-white PNG (1 bit per pixel) with a quiet zone of 4 modules on each side, for PDFs and
 * downloads. The pixels are packed straight into PNG scanlines and written by {@link OneBitPng}: several times
 * faster than going through {@code BufferedImage} and ImageIO.
 */
public final class QrPng {

    static final int MIN_PIXELS_PER_MODULE = 4; // our floor: a module must survive scaling and printing
    private static final byte WHITE_PIXELS = (byte) 0xFF; // 8 white pixels (palette index 1)
    private static final byte UP = 2; // PNG filter type 2, "Up"

    private QrPng() {
    }

    /**
     * Renders the symbol, each module a square of {@code pixelsPerModule} pixels.
     *
     * @throws IllegalArgumentException when {@code pixelsPerModule} is below 4
     */
    public static byte[] render(QrSymbol symbol, int pixelsPerModule) {
        if (pixelsPerModule < MIN_PIXELS_PER_MODULE) {
            throw new IllegalArgumentException("A QR code needs at least " + MIN_PIXELS_PER_MODULE
                    + " pixels per module, not " + pixelsPerModule + ".");
        }
        int side = (symbol.size() + 2 * QrSymbol.QUIET_ZONE_MODULES) * pixelsPerModule;
        return OneBitPng.encode(side, side, scanlines(symbol, pixelsPerModule, side));
    }

    /**
     * The image as PNG scanlines: each a filter byte and the pixels, 8 per byte, leftmost high. A line like the one
     * above it (most lines: a module is several pixels high) is filtered "Up" (PNG specification, ISO/IEC 15948,
     * section 9.2, filter type 2: each byte less the byte above), all zeros, which DEFLATE packs more tightly
     * than the copies themselves (1.9 KB instead of 2.1 KB for a version-18 code of 4 pixels a module); the other
     * lines are unfiltered (type 0).
     */
    private static byte[] scanlines(QrSymbol symbol, int pixelsPerModule, int side) {
        int stride = OneBitPng.stride(side);
        byte[] lines = new byte[stride * side];
        Arrays.fill(lines, WHITE_PIXELS);
        for (int line = 0; line < side; line++) {
            lines[line * stride] = 0;
        }
        for (int y = 0; y < symbol.size(); y++) {
            int firstLine = (y + QrSymbol.QUIET_ZONE_MODULES) * pixelsPerModule * stride;
            darken(symbol, y, pixelsPerModule, lines, firstLine + 1);
            for (int copy = 1; copy < pixelsPerModule; copy++) {
                System.arraycopy(lines, firstLine, lines, firstLine + copy * stride, stride);
            }
        }
        for (int line = side - 1; line >= 1; line--) {
            int start = line * stride;
            if (Arrays.equals(lines, start + 1, start + stride, lines, start + 1 - stride, start)) {
                Arrays.fill(lines, start + 1, start + stride, (byte) 0);
                lines[start] = UP;
            }
        }
        return lines;
    }

    /** Draws the dark modules of row y into one line of pixels starting at {@code start}. */
    private static void darken(QrSymbol symbol, int y, int pixelsPerModule, byte[] pixels, int start) {
        for (int x = 0; x < symbol.size(); x++) {
            if (symbol.dark(x, y)) {
                int from = (x + QrSymbol.QUIET_ZONE_MODULES) * pixelsPerModule;
                for (int p = from; p < from + pixelsPerModule; p++) {
                    pixels[start + (p >>> 3)] &= (byte) ~(0x80 >>> (p & 7));
                }
            }
        }
    }
}
