package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

class QrPngTest {

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final int IHDR_BIT_DEPTH = 24;
    private static final int IHDR_COLOUR_TYPE = 25;
    private static final byte INDEXED_COLOUR = 3;

    @Test
    void everyExampleQrTextRendersToAPngThatDecodesToTheSameText() {
        for (String number : ShcExamples.numbers()) {
            for (String text : ShcExamples.qrTexts(number)) {
                assertThat(QrReader.decode(QrPng.render(QrSymbol.encode(text), 4))).as("example %s", number)
                        .isEqualTo(text);
            }
        }
    }

    @Test
    void aVersion22SymbolDecodesAt4To10PixelsPerModule() {
        QrSymbol symbol = QrSymbol.encode(NumericQr.texts(RandomJws.of(1195, 22)).get(0));
        for (int pixels : List.of(4, 5, 7, 10)) {
            assertThat(QrReader.decode(QrPng.render(symbol, pixels))).as("%d px per module", pixels)
                    .isEqualTo(symbol.text());
        }
    }

    @Test
    void eachChunkOfA3000CharacterJwsDecodesFromItsPng() {
        for (String text : NumericQr.texts(RandomJws.of(3000, 3))) {
            assertThat(QrReader.decode(QrPng.render(QrSymbol.encode(text), 4))).isEqualTo(text);
        }
    }

    @Test
    void isAOneBitPngOfTheSymbolAndItsQuietZone() throws IOException {
        QrSymbol symbol = QrSymbol.encode(ShcExamples.qrTexts("00").get(0));
        byte[] png = QrPng.render(symbol, 5);
        assertThat(png).startsWith(PNG_SIGNATURE);
        assertThat(png[IHDR_BIT_DEPTH]).isEqualTo((byte) 1);
        assertThat(png[IHDR_COLOUR_TYPE]).as("a palette, which PDFBox embeds as it is").isEqualTo(INDEXED_COLOUR);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getColorModel().getPixelSize()).isEqualTo(1);
        assertThat(image.getRGB(0, 0)).as("the quiet zone is white").isEqualTo(0xFFFFFFFF);
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isEqualTo((symbol.size() + 8) * 5);
    }

    @Test
    void eachModuleIsASquareOfPixelsInsideAWhiteBorder() throws IOException {
        QrSymbol symbol = QrSymbol.encode(ShcExamples.qrTexts("03").get(0));
        int pixels = 4;
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.render(symbol, pixels)));
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < image.getWidth(); px++) {
                boolean dark = symbol.dark(px / pixels - 4, py / pixels - 4);
                assertThat(image.getRGB(px, py)).as("pixel %d,%d", px, py).isEqualTo(dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
    }

    @Test
    void refusesFewerThanFourPixelsPerModule() {
        QrSymbol symbol = QrSymbol.encode("shc:/5676");
        for (int pixels : List.of(3, 1, 0, -4)) {
            assertThatThrownBy(() -> QrPng.render(symbol, pixels)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A QR code needs at least 4 pixels per module, not " + pixels + ".");
        }
    }
}
