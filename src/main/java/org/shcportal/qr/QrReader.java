package org.shcportal.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads the text of the QR code in an image: a rendered card, a screenshot or a photo. It first looks for the code
 * anywhere in the image, then treats the whole image as one bare code.
 */
public final class QrReader {

    static final long MAX_IMAGE_PIXELS = 50_000_000; // our limit: a large phone photo, well below a decompression bomb
    private static final Map<DecodeHintType, Object> FIND_ANYWHERE = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    private static final Map<DecodeHintType, Object> BARE_CODE = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
    private static final int OPAQUE = 0xFF;

    private QrReader() {
    }

    /**
     * Decodes an image file (PNG, JPEG, GIF or BMP).
     *
     * @throws QrNotFoundException when the bytes are no readable image or it holds no readable QR code
     */
    public static String decode(byte[] image) {
        return decode(read(image));
    }

    /**
     * Decodes an image; transparent pixels count as white.
     *
     * @throws QrNotFoundException when the image holds no readable QR code
     */
    public static String decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(luminance(image)));
        QRCodeReader reader = new QRCodeReader();
        try {
            return reader.decode(bitmap, FIND_ANYWHERE).getText();
        } catch (ReaderException notFound) {
            return decodeBare(reader, bitmap, image);
        }
    }

    private static String decodeBare(QRCodeReader reader, BinaryBitmap bitmap, BufferedImage image) {
        try {
            return reader.decode(bitmap, BARE_CODE).getText();
        } catch (ReaderException e) {
            throw new QrNotFoundException(
                    "No readable QR code in the image (" + image.getWidth() + "×" + image.getHeight() + " pixels).");
        }
    }

    private static BufferedImage read(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new QrNotFoundException("The file is not an image (PNG, JPEG, GIF or BMP).");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize((long) reader.getWidth(0) * reader.getHeight(0));
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (QrNotFoundException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new QrNotFoundException("The image cannot be read: it is damaged or incomplete.", e);
        }
    }

    private static void checkSize(long pixels) {
        if (pixels > MAX_IMAGE_PIXELS) {
            throw new QrNotFoundException("The image is too large (" + pixels + " pixels; at most " + MAX_IMAGE_PIXELS
                    + ").");
        }
    }

    /** The image's pixels as ZXing's luminance source, with transparency laid over white. */
    private static LuminanceSource luminance(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = overWhite(argb[i]);
        }
        return new RGBLuminanceSource(width, height, argb);
    }

    private static int overWhite(int argb) {
        int alpha = argb >>> 24;
        if (alpha == OPAQUE) {
            return argb;
        }
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int channel = (argb >>> shift) & 0xFF;
            rgb |= ((channel * alpha + OPAQUE * (OPAQUE - alpha)) / OPAQUE) << shift;
        }
        return rgb;
    }
}
