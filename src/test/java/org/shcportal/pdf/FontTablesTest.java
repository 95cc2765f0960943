package org.shcportal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontTablesTest {

    static byte[] notoSans() throws IOException {
        try (InputStream in = FontTablesTest.class
                .getResourceAsStream("/META-INF/resources/static/fonts/NotoSans-Regular.ttf")) {
            return in.readAllBytes();
        }
    }

    static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void dropsTheGlyphSubstitutionTableAndKeepsTheOthersByteForByte() throws IOException {
        byte[] original = notoSans();
        byte[] stripped = FontTables.without(original, Set.of("GSUB"));

        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap().keySet()).isEqualTo(without(before.getTableMap().keySet(), "GSUB"));
            for (String tag : after.getTableMap().keySet()) {
                assertThat(after.getTableBytes(after.getTableMap().get(tag))).as(tag)
                        .isEqualTo(before.getTableBytes(before.getTableMap().get(tag)));
            }
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
        }
    }

    @Test
    void everySpanishLetterStillHasItsGlyph() throws IOException {
        try (TrueTypeFont font = parse(FontTables.without(notoSans(), Set.of("GSUB")))) {
            for (char c : "áéíóúÁÉÍÓÚñÑüÜ¿¡«»€–·".toCharArray()) {
                assertThat(font.getUnicodeCmapLookup().getGlyphId(c)).as("glyph of %s", c).isPositive();
            }
        }
    }

    @Test
    void refusesWhatIsNoFont() {
        assertThatThrownBy(() -> FontTables.without(new byte[64], Set.of("GSUB")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> without(Set<String> tags, String tag) {
        return tags.stream().filter(t -> !t.equals(tag)).collect(java.util.stream.Collectors.toSet());
    }
}
