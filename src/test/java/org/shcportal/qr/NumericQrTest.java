package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

class NumericQrTest {

    @Test
    void encodesEveryExampleJwsToExactlyTheSpecsQrTexts() {
        for (String number : ShcExamples.numbers()) {
            assertThat(NumericQr.texts(ShcExamples.jws(number))).as("example %s", number)
                    .isEqualTo(ShcExamples.qrTexts(number));
        }
    }

    @Test
    void theChunkedExampleHasThreeChunksAndTheOthersOneText() {
        assertThat(ShcExamples.qrTexts("02")).hasSize(3)
                .allSatisfy(text -> assertThat(text).matches("shc:/[123]/3/\\d+"));
        assertThat(ShcExamples.qrTexts("00")).singleElement().asString()
                .startsWith("shc:/5676290952432060346029243740446031222959532654603460292");
    }

    @Test
    void decodesEveryExamplesQrTextsBackToItsJws() {
        for (String number : ShcExamples.numbers()) {
            assertThat(NumericQr.jws(ShcExamples.qrTexts(number))).as("example %s", number)
                    .isEqualTo(ShcExamples.jws(number));
        }
    }

    @Test
    void reassemblesTheChunkedExampleInEveryOrder() {
        String jws = ShcExamples.jws("02");
        List<List<String>> orders = permutations(ShcExamples.qrTexts("02"));
        assertThat(orders).hasSize(6);
        for (List<String> order : orders) {
            assertThat(NumericQr.jws(order)).isEqualTo(jws);
        }
    }

    @Test
    void aJwsOfUpTo1195CharactersMakesOneTextWithoutChunkNumber() {
        assertThat(NumericQr.texts(RandomJws.of(1195, 1))).singleElement().asString().startsWith("shc:/")
                .doesNotStartWith("shc:/1/1/").hasSize(5 + 2 * 1195);
        assertThat(NumericQr.texts("-.Xz")).containsExactly("shc:/00014377");
    }

    @Test
    void a1196CharacterJwsMakesTwoEqualChunks() {
        String jws = RandomJws.of(1196, 2);
        List<String> texts = NumericQr.texts(jws);
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).startsWith("shc:/1/2/").hasSize("shc:/1/2/".length() + 2 * 598);
        assertThat(texts.get(1)).startsWith("shc:/2/2/").hasSize("shc:/2/2/".length() + 2 * 598);
        assertThat(NumericQr.jws(texts)).isEqualTo(jws);
    }

    @Test
    void chunksAreBalancedAndAtMost1191Characters() {
        for (int length : new int[] { 1196, 2382, 2383, 3000, 3285, 3574, 10_000 }) {
            String jws = RandomJws.of(length, length);
            List<String> texts = NumericQr.texts(jws);
            List<Integer> sizes = texts.stream().map(text -> text.substring(text.lastIndexOf('/') + 1).length() / 2)
                    .toList();
            int count = (length + 1190) / 1191;
            assertThat(texts).as("length %d", length).hasSize(count);
            assertThat(sizes).as("length %d", length).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(1191));
            assertThat(Collections.max(sizes) - Collections.min(sizes)).as("length %d", length).isLessThan(count);
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(length);
            assertThat(NumericQr.jws(texts)).isEqualTo(jws);
        }
    }

    @Test
    void a3000CharacterJwsMakesThreeChunksOfEqualSize() {
        List<String> texts = NumericQr.texts(RandomJws.of(3000, 3));
        assertThat(texts).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(texts.get(i)).startsWith("shc:/" + (i + 1) + "/3/").hasSize("shc:/1/3/".length() + 2000);
        }
    }

    @Test
    void refusesCharactersThatCannotBeInAJws() {
        assertThatThrownBy(() -> NumericQr.texts("eyJ ab")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A JWS holds only base64url characters and dots, not U+0020 (at position 3).");
        assertThatThrownBy(() -> NumericQr.texts("")).hasMessage("The JWS is empty.");
    }

    @Test
    void refusesAnOddNumberOfDigits() {
        assertThatThrownBy(() -> NumericQr.jws(List.of("shc:/567"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The digits of the QR text are odd in number (3); every JWS character takes two.");
    }

    @Test
    void refusesADigitPairAbove77() {
        assertThatThrownBy(() -> NumericQr.jws(List.of("shc:/567778"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The digit pair 78 at digit 4 of the QR text is above 77, so it is no JWS character.");
    }

    @Test
    void refusesAMissingChunk() {
        List<String> texts = ShcExamples.qrTexts("02");
        assertThatThrownBy(() -> NumericQr.jws(List.of(texts.get(2), texts.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Chunk 2 of 3 is missing.");
    }

    @Test
    void refusesARepeatedChunk() {
        List<String> texts = ShcExamples.qrTexts("02");
        assertThatThrownBy(() -> NumericQr.jws(List.of(texts.get(0), texts.get(1), texts.get(1))))
                .hasMessage("Chunk 2 of 3 appears twice.");
    }

    @Test
    void refusesChunksOfDifferentSets() {
        assertThatThrownBy(() -> NumericQr.jws(List.of("shc:/1/2/56", "shc:/2/3/56")))
                .hasMessage("The chunks disagree on their number: 2 and 3.");
        assertThatThrownBy(() -> NumericQr.jws(List.of("shc:/56", "shc:/2/2/56")))
                .hasMessageContaining("must all start with shc:/C/N/");
        assertThatThrownBy(() -> NumericQr.jws(List.of("shc:/1/2/56", "shc:/56")))
                .hasMessageContaining("must all start with shc:/C/N/");
        assertThatThrownBy(() -> NumericQr.jws(List.of("shc:/4/3/56"))).hasMessage("A QR text says it is chunk 4 of 3.");
    }

    @Test
    void refusesTextsWithoutTheShcPrefixOrWithOtherCharacters() {
        for (String text : List.of("SHC:/5676", "shc:5676", "https://example.org/5676", "shc:/56 76", "shc:/0/1/56",
                "shc:/1/56", " shc:/5676")) {
            assertThatThrownBy(() -> NumericQr.jws(List.of(text))).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Not a SMART Health Card QR text (shc:/ or shc:/C/N/ followed by digits): ");
        }
        assertThatThrownBy(() -> NumericQr.jws(List.of())).hasMessage("There is no QR text to decode.");
    }

    @Test
    void errorMessagesShowOnlyTheStartOfAText() {
        String text = "shc:/" + "56".repeat(500) + "x";
        assertThatThrownBy(() -> NumericQr.jws(List.of(text))).hasMessageEndingWith(": shc:/5656565…");
    }

    @Test
    void aSingleChunkOneOfOneIsStillRead() {
        assertThat(NumericQr.jws(List.of("shc:/1/1/5676"))).isEqualTo("ey");
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> result = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : permutations(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
