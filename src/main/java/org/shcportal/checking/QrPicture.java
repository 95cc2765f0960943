package org.shcportal.checking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.shcportal.checking.InputProblem.Field;
import org.shcportal.checking.InputProblem.Kind;
import org.shcportal.qr.QrNotFoundException;
import org.shcportal.qr.QrReader;

/**
 * The text of the QR code in a picture sent to a public page. Reading a large photo takes a few hundred megabytes of
 * memory, so pictures are read only up to {@value #MAX_PIXELS} pixels (a 24-megapixel phone photo), a size
 * {@link CardInput} checks from the header before anything is decoded, and at most {@value #PARALLEL} at once per
 * replica.
 */
final class QrPicture {

    static final long MAX_PIXELS = 24_000_000;
    static final int PARALLEL = 2;
    private static final Semaphore READING = new Semaphore(PARALLEL, true);
    static final long WAIT_SECONDS = 20;

    private QrPicture() {
    }

    /**
     * The QR code's text.
     *
     * @throws InputProblem {@code NO_QR_CODE}, or {@code BUSY} when the replica is already reading as many pictures as
     *         it may
     */
    static String text(byte[] picture, Field field) throws InputProblem {
        try {
            if (!READING.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new InputProblem(field, Kind.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputProblem(field, Kind.BUSY);
        }
        try {
            return QrReader.decode(picture);
        } catch (QrNotFoundException e) {
            throw new InputProblem(field, Kind.NO_QR_CODE);
        } finally {
            READING.release();
        }
    }

    /** Width times height, from the header alone; 0 when there is no header to read (the decoder then says so). */
    static long pixels(byte[] picture) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
