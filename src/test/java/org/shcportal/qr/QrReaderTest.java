package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

class QrReaderTest {

    @Test
    void readsTheSpecsQrImagesToExactlyTheirTexts() throws IOException {
        for (String number : ShcExamples.numbers()) {
            List<String> texts = ShcExamples.qrTexts(number);
            for (int k = 0; k < texts.size(); k++) {
                byte[] png = Files.readAllBytes(ShcExamples.derivedPng(number, k));
                assertThat(QrReader.decode(png)).as("example %s code %d", number, k).isEqualTo(texts.get(k));
            }
        }
    }

    @Test
    void findsACodePlacedAnywhereInALargerScaledImage() throws IOException {
        String text = ShcExamples.qrTexts("01").get(0);
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(QrPng.render(QrSymbol.encode(text), 4)));
        BufferedImage page = new BufferedImage(1400, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.drawString("Immunization record", 40, 60);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(code, 700, 150, 630, 630, null);
        graphics.dispose();
        assertThat(QrReader.decode(page)).isEqualTo(text);
    }

    @Test
    void readsACodeOnATransparentBackgroundAsIfOnWhite() {
        QrSymbol symbol = QrSymbol.encode("shc:/56762909524320603460292437404460");
        int pixels = 6;
        int side = (symbol.size() + 8) * pixels;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = symbol.dark(x / pixels - 4, y / pixels - 4);
                image.setRGB(x, y, dark ? 0xFF000000 : 0x00000000);
            }
        }
        assertThat(QrReader.decode(image)).isEqualTo(symbol.text());
    }

    @Test
    void anImageWithoutACodeIsReportedAsSuch() throws IOException {
        BufferedImage blank = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        assertThatThrownBy(() -> QrReader.decode(blank)).isInstanceOf(QrNotFoundException.class)
                .hasMessage("No readable QR code in the image (300×200 pixels).");
        assertThatThrownBy(() -> QrReader.decode(png(blank))).isInstanceOf(QrNotFoundException.class)
                .hasMessage("No readable QR code in the image (300×200 pixels).");
    }

    @Test
    void bytesThatAreNoImageAreReportedAsSuch() throws IOException {
        assertThatThrownBy(() -> QrReader.decode("shc:/5676".getBytes())).isInstanceOf(QrNotFoundException.class)
                .hasMessage("The file is not an image (PNG, JPEG, GIF or BMP).");
        byte[] png = QrPng.render(QrSymbol.encode("shc:/5676"), 4);
        byte[] truncated = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> QrReader.decode(truncated)).isInstanceOf(QrNotFoundException.class)
                .hasMessage("The image cannot be read: it is damaged or incomplete.");
    }

    @Test
    void refusesImagesTooLargeToDecodeSafely() throws IOException {
        byte[] png = png(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY));
        setPngSize(png, 10_000, 5_001);
        assertThatThrownBy(() -> QrReader.decode(png)).isInstanceOf(QrNotFoundException.class)
                .hasMessage("The image is too large (50010000 pixels; at most 50000000).");
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Rewrites the width and height in the IHDR header; the reader looks at them before any pixel data. */
    private static void setPngSize(byte[] png, int width, int height) {
        for (int i = 0; i < 4; i++) {
            png[16 + i] = (byte) (width >>> (24 - 8 * i));
            png[20 + i] = (byte) (height >>> (24 - 8 * i));
        }
    }
}
