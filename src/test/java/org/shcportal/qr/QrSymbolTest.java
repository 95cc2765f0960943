package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;

class QrSymbolTest {

    @Test
    void jwsLengthsFrom100To1195FitOneSymbolOfTheSmallestVersionUpTo22() {
        for (int length : sampleLengths()) {
            String text = NumericQr.texts(RandomJws.of(length, length)).get(0);
            QrSymbol symbol = QrSymbol.encode(text);
            assertThat(symbol.version()).as("JWS length %d", length).isBetween(1, 22)
                    .isEqualTo(smallestVersionAtLevelL(text));
            assertTwoSegments(symbol, "shc:/");
        }
    }

    @Test
    void theSampleReachesEveryVersionFromTheSmallestTo22() {
        List<Integer> lengths = sampleLengths();
        assertThat(lengths).contains(100, 1194, 1195).hasSizeGreaterThan(150);
        assertThat(lengths.stream().map(length -> smallestVersionAtLevelL(singleText(length))).distinct())
                .hasSize(22 - smallestVersionAtLevelL(singleText(100)) + 1);
    }

    @Test
    void a1195CharacterJwsNeedsVersion22() {
        QrSymbol symbol = QrSymbol.encode(NumericQr.texts(RandomJws.of(1195, 7)).get(0));
        assertThat(symbol.version()).isEqualTo(22);
        assertThat(symbol.size()).isEqualTo(105);
    }

    @Test
    void theFirstExampleFitsVersion18LikeTheSpecsOwnQrCode() {
        QrSymbol symbol = QrSymbol.encode(ShcExamples.qrTexts("00").get(0));
        assertThat(symbol.version()).isEqualTo(18);
        assertTwoSegments(symbol, "shc:/");
    }

    @Test
    void eachChunkOfA1196CharacterJwsIsATwoSegmentSymbolUpToVersion22() {
        List<String> texts = NumericQr.texts(RandomJws.of(1196, 11));
        assertThat(texts).hasSize(2);
        for (String text : texts) {
            QrSymbol symbol = QrSymbol.encode(text);
            assertThat(symbol.version()).isLessThanOrEqualTo(22).isEqualTo(smallestVersionAtLevelL(text));
            assertTwoSegments(symbol, text.substring(0, "shc:/C/N/".length()));
        }
    }

    @Test
    void eachChunkOfA3000CharacterJwsIsATwoSegmentSymbolUpToVersion22() {
        for (String text : NumericQr.texts(RandomJws.of(3000, 3))) {
            QrSymbol symbol = QrSymbol.encode(text);
            assertThat(symbol.version()).isLessThanOrEqualTo(22).isEqualTo(smallestVersionAtLevelL(text));
            assertTwoSegments(symbol, text.substring(0, "shc:/C/N/".length()));
        }
    }

    @Test
    void theChunksOfTheSpecsChunkedExampleAreTwoSegmentSymbols() {
        for (String text : ShcExamples.qrTexts("02")) {
            assertTwoSegments(QrSymbol.encode(text), text.substring(0, "shc:/C/N/".length()));
        }
    }

    @Test
    void aTextTooLongForVersion22IsRefusedWithAClearMessage() {
        String text = "shc:/" + "56".repeat(1196);
        assertThatThrownBy(() -> QrSymbol.encode(text)).isInstanceOf(QrTooLargeException.class)
                .hasMessage("A QR text of 2397 characters does not fit a version-22 QR code at error correction level L;"
                        + " one QR code holds a JWS of at most 1195 characters.");
    }

    @Test
    void onlyShcTextsAreEncoded() {
        assertThatThrownBy(() -> QrSymbol.encode("https://example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a SMART Health Card QR text");
    }

    @Test
    void keepsItsText() {
        String text = ShcExamples.qrTexts("03").get(0);
        assertThat(QrSymbol.encode(text).text()).isSameAs(text);
    }

    private static void assertTwoSegments(QrSymbol symbol, String prefix) {
        String text = symbol.text();
        SymbolContents contents = SymbolContents.read(symbol);
        assertThat(contents.version()).isEqualTo(symbol.version());
        assertThat(contents.errorCorrection()).isEqualTo("L");
        assertThat(contents.errorsCorrected()).isZero();
        assertThat(contents.segments()).containsExactly(
                new SymbolContents.Segment(Mode.BYTE, prefix),
                new SymbolContents.Segment(Mode.NUMERIC, text.substring(prefix.length())));
        assertThat(contents.onlyPaddingAfter()).isTrue();
    }

    /**
     * Every 7th length from 100 to 1195, 1194 and 1195, and the last length of each version with the first of the
     * next: encoding every length would take seconds (the encoder tries all 8 masks on each symbol).
     */
    private static List<Integer> sampleLengths() {
        return IntStream.rangeClosed(100, 1195)
                .filter(length -> length % 7 == 2 || length >= 1194 || versionChangesAt(length)
                        || versionChangesAt(length + 1))
                .boxed()
                .toList();
    }

    private static boolean versionChangesAt(int length) {
        return smallestVersionAtLevelL(singleText(length)) != smallestVersionAtLevelL(singleText(length - 1));
    }

    /** A text with the digit count of a JWS of that length; only the count matters for the version. */
    private static String singleText(int length) {
        return "shc:/" + "0".repeat(2 * length);
    }

    /**
     * The smallest version whose data capacity at level L (ZXing's copy of the ISO/IEC 18004 tables) holds a byte
     * segment with the prefix and a numeric segment with the digits.
     */
    private static int smallestVersionAtLevelL(String text) {
        String prefix = text.substring(0, text.lastIndexOf('/') + 1);
        int digits = text.length() - prefix.length();
        for (int number = 1; number <= 40; number++) {
            Version version = Version.getVersionForNumber(number);
            int needed = 4 + Mode.BYTE.getCharacterCountBits(version) + 8 * prefix.length()
                    + 4 + Mode.NUMERIC.getCharacterCountBits(version) + numericBits(digits);
            if (needed <= dataBits(version)) {
                return number;
            }
        }
        throw new AssertionError("no version holds " + text.length() + " characters");
    }

    private static int numericBits(int digits) {
        return digits / 3 * 10 + new int[] { 0, 4, 7 }[digits % 3];
    }

    private static int dataBits(Version version) {
        int codewords = 0;
        for (Version.ECB blocks : version.getECBlocksForLevel(ErrorCorrectionLevel.L).getECBlocks()) {
            codewords += blocks.getCount() * blocks.getDataCodewords();
        }
        return 8 * codewords;
    }
}
