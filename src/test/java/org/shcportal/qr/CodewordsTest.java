package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * A card's symbol, made from our own codewords, is module for module the symbol Nayuki's encoder makes for the same
 * two segments at level L, choosing its mask itself: for JWS lengths that reach every version from 1 to 22, single
 * codes and chunks alike.
 */
class CodewordsTest {

    @Test
    void everyVersionGivesTheSymbolTheEncoderGives() {
        Set<Integer> versions = new HashSet<>();
        for (int length = 1; length <= 3_000; length += 7) {
            for (String text : NumericQr.texts(RandomJws.of(Math.max(length, 90), length))) {
                QrSymbol ours = QrSymbol.encode(text);
                QrCode theirs = nayuki(text);
                versions.add(ours.version());
                assertThat(ours.version()).as("JWS length %d", length).isEqualTo(theirs.version);
                assertThat(picture(ours)).as("JWS length %d, %s", length, text.substring(0, 12))
                        .isEqualTo(picture(theirs));
            }
        }
        assertThat(versions).hasSize(22 - QrSymbol.encode(NumericQr.texts(RandomJws.of(90, 1)).get(0)).version() + 1);
    }

    @Test
    void shortTextsTakeTheSmallestVersions() {
        for (String text : List.of("shc:/", "shc:/5", "shc:/56", "shc:/567", "shc:/1/2/0123456789")) {
            QrSymbol ours = QrSymbol.encode(text);
            assertThat(ours.version()).as(text).isEqualTo(1);
            assertThat(picture(ours)).as(text).isEqualTo(picture(nayuki(text)));
        }
    }

    @Test
    void aTextLongerThanVersion22HoldsIsRefused() {
        String tooLong = "shc:/" + "0".repeat(2 * NumericQr.MAX_SINGLE_QR_JWS_LENGTH + 20);
        assertThatThrownBy(() -> QrSymbol.encode(tooLong)).isInstanceOf(QrTooLargeException.class);
    }

    private static QrCode nayuki(String text) {
        ShcText parts = ShcText.parse(text);
        return QrCode.encodeSegments(List.of(QrSegment.makeBytes(parts.prefix().getBytes(StandardCharsets.US_ASCII)),
                QrSegment.makeNumeric(text.substring(parts.digitsStart()))), QrCode.Ecc.LOW, QrCode.MIN_VERSION,
                QrSymbol.MAX_VERSION, -1, false);
    }

    private static String picture(QrSymbol symbol) {
        StringBuilder picture = new StringBuilder();
        for (int y = 0; y < symbol.size(); y++) {
            for (int x = 0; x < symbol.size(); x++) {
                picture.append(symbol.dark(x, y) ? '#' : '.');
            }
            picture.append('\n');
        }
        return picture.toString();
    }

    private static String picture(QrCode code) {
        StringBuilder picture = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                picture.append(code.getModule(x, y) ? '#' : '.');
            }
            picture.append('\n');
        }
        return picture.toString();
    }
}
