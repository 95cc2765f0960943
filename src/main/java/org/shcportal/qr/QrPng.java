package org.shcportal.qr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A QR symbol as a black-and-white PNG (1 bit per pixel) with a quiet zone of 4 modules on each side, for PDFs and
 * downloads.
 */
public final class QrPng {

    static final int MIN_PIXELS_PER_MODULE = 4; // our floor: a module must survive scaling and printing
    private static final byte WHITE_PIXELS = (byte) 0xFF; // 8 pixels of palette index 1, white
    private static final int PNG_BUFFER_BYTES = 8192; // a version-22 symbol at 4 px per module takes about 2.4 KB

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
        return png(image(symbol, pixelsPerModule));
    }

    private static BufferedImage image(QrSymbol symbol, int pixelsPerModule) {
        int side = (symbol.size() + 2 * QrSymbol.QUIET_ZONE_MODULES) * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        byte[] pixels = ((DataBufferByte) raster.getDataBuffer()).getData();
        int stride = ((MultiPixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        Arrays.fill(pixels, WHITE_PIXELS);
        for (int y = 0; y < symbol.size(); y++) {
            int firstLine = (y + QrSymbol.QUIET_ZONE_MODULES) * pixelsPerModule * stride;
            darken(symbol, y, pixelsPerModule, pixels, firstLine);
            for (int line = 1; line < pixelsPerModule; line++) {
                System.arraycopy(pixels, firstLine, pixels, firstLine + line * stride, stride);
            }
        }
        return image;
    }

    /** Draws the dark modules of row y into one line of pixels, 8 pixels per byte, leftmost in the high bit. */
    private static void darken(QrSymbol symbol, int y, int pixelsPerModule, byte[] pixels, int line) {
        for (int x = 0; x < symbol.size(); x++) {
            if (symbol.dark(x, y)) {
                int from = (x + QrSymbol.QUIET_ZONE_MODULES) * pixelsPerModule;
                for (int p = from; p < from + pixelsPerModule; p++) {
                    pixels[line + (p >>> 3)] &= (byte) ~(0x80 >>> (p & 7));
                }
            }
        }
    }

    /** Encodes in memory: {@code ImageIO.write} would go through a temporary file when its disk cache is on. */
    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(PNG_BUFFER_BYTES);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
