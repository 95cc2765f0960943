package org.shcportal.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
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
    /**
     * The scales tried, largest first: whole, two thirds, half, a third. Measured on a card page of a mail batch
     * rendered at 100, 150, 200 and 300 dpi: each resolution is read at one of these at least, and a page at 150 dpi
     * only after scaling down.
     */
    private static final double[] SCALES = { 1, 2.0 / 3, 0.5, 1.0 / 3 };
    /** No smaller picture is tried: a version 40 code (177 modules, ISO/IEC 18004) needs 177 pixels at least. */
    private static final int MIN_SIDE = 177;

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
     * Decodes an image; transparent pixels count as white. A QR code whose modules fall on fractions of a pixel (a page
     * scanned at 150 dpi, say) can defeat the finder at one scale and not at another, and a photo with uneven light
     * one binarizer and not the other: each scale of {@link #SCALES}, largest first, is tried with ZXing's
     * {@link HybridBinarizer} (local thresholds) and then its {@link GlobalHistogramBinarizer}, until one reads.
     *
     * @throws QrNotFoundException when the image holds no readable QR code
     */
    public static String decode(BufferedImage image) {
        Luminance full = Luminance.of(image);
        QRCodeReader reader = new QRCodeReader();
        for (double scale : SCALES) {
            Luminance scaled = full.scaled(scale);
            if (scaled.width() < MIN_SIDE || scaled.height() < MIN_SIDE) {
                break;
            }
            Optional<String> text = find(reader, scaled.source());
            if (text.isPresent()) {
                return text.get();
            }
        }
        return decodeBare(reader, new BinaryBitmap(new HybridBinarizer(full.source())), image);
    }

    /** The text of a code found anywhere in the picture, by either binarizer. */
    private static Optional<String> find(QRCodeReader reader, LuminanceSource source) {
        for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
            try {
                return Optional.of(reader.decode(new BinaryBitmap(binarizer), FIND_ANYWHERE).getText());
            } catch (ReaderException notFound) {
                reader.reset();
            }
        }
        return Optional.empty();
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
}
