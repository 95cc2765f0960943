package org.shcportal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;

/**
 * The only fonts a document can use: Noto Sans regular (400) and bold (700), the TTF files of
 * {@code src-frontend/fonts/}, read from the classpath once and embedded (as a subset) in every PDF. Without its
 * glyph substitution table (see {@link FontTables}). There is no italic face: italic text is set upright.
 * <p>
 * Noto Sans covers the Latin, Greek and Cyrillic scripts. openhtmltopdf prints a character that no face has as "#",
 * silently, so {@link #missingCharacters} lets the renderer refuse such a document instead.
 * <p>
 * The faces are parsed (FontBox) once and then lent, a set at a time, to one render: given its own font file,
 * openhtmltopdf would parse it into every document again. A parsed font reads its tables lazily from one shared
 * buffer and is not thread-safe, so a set serves one render at a time, from its layout to the subset written when
 * the PDF is saved. At most {@link #POOLED} sets are kept; a render that finds none free parses a set of its own.
 */
final class PdfFonts {

    static final String FAMILY = "Noto Sans";
    private static final String FOLDER = "META-INF/resources/static/fonts/"; // where the pom copies src-frontend/
    private static final Map<String, Integer> FILES = Map.of("NotoSans-Regular.ttf", 400, "NotoSans-Bold.ttf", 700);
    private static final Set<String> UNUSED_TABLES = Set.of("GSUB");
    /**
     * Sets of parsed faces kept for reuse: one per processor, as many as renders can run at once without waiting for
     * a processor (a render is CPU-bound: docs/capacity.md).
     */
    static final int POOLED = Runtime.getRuntime().availableProcessors();

    private final List<Face> faces;
    private final BlockingQueue<List<TrueTypeFont>> parsed = new ArrayBlockingQueue<>(POOLED);
    private final BitSet printable; // the code points every face has a glyph for
    private final FSCacheEx<String, FSCacheValue> metrics = new MetricsCache();

    /** @throws UncheckedIOException when a font file is missing from the classpath or cannot be read */
    PdfFonts(ClassLoader classLoader) {
        this.faces = FILES.entrySet().stream().map(file -> Face.load(classLoader, file.getKey(), file.getValue()))
                .toList();
        this.printable = faces.stream().map(Face::codePoints).reduce((a, b) -> {
            a.and(b);
            return a;
        }).orElseThrow();
    }

    /** The characters of the text that no face can print, in order of first appearance; control characters pass. */
    Set<String> missingCharacters(String text) {
        Set<String> missing = new LinkedHashSet<>();
        text.codePoints().filter(c -> c > 0x7E && !printable.get(c) && !Character.isISOControl(c))
                .forEach(c -> missing.add(String.format("U+%04X %s", c, Character.toString(c))));
        return missing;
    }

    /**
     * Lends a set of parsed faces to one render, until the loan is closed (after the PDF is saved).
     *
     * @throws UncheckedIOException when no set is free and a font cannot be parsed
     */
    Loan lend() {
        List<TrueTypeFont> fonts = parsed.poll();
        return new Loan(fonts != null ? fonts : faces.stream().map(Face::parse).toList());
    }

    /** A set of parsed faces lent to one render; closing it gives the set back for the next render. */
    final class Loan implements AutoCloseable {

        private final List<TrueTypeFont> fonts;

        private Loan(List<TrueTypeFont> fonts) {
            this.fonts = fonts;
        }

        /**
         * Gives the builder our faces, loaded into the document it renders into (each only when the document first
         * uses it, embedded as a subset when the document is saved), and the metrics cache all renders share.
         */
        void registerWith(PdfRendererBuilder builder, PDDocument document) {
            for (int i = 0; i < faces.size(); i++) {
                builder.useFont(new LazyFont(document, fonts.get(i)), FAMILY, faces.get(i).weight(), FontStyle.NORMAL,
                        true);
            }
            builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
        }

        /** Keeps the set for a later render, unless {@link #POOLED} sets are kept already. */
        @Override
        public void close() {
            parsed.offer(fonts);
        }
    }

    /**
     * One face, loaded into the document the first time openhtmltopdf asks for it. The font stays open when the
     * document is closed: it belongs to the pool.
     */
    private static final class LazyFont extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont font;
        private PDFont loaded;

        LazyFont(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("A font cannot be loaded into the document.", e);
                }
            }
            return loaded;
        }
    }

    private record Face(byte[] ttf, int weight) {

        static Face load(ClassLoader classLoader, String file, int weight) {
            try (InputStream in = classLoader.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("Font " + FOLDER + file + " is not on the classpath."));
                }
                return new Face(FontTables.without(in.readAllBytes(), UNUSED_TABLES), weight);
            } catch (IOException e) {
                throw new UncheckedIOException("Font " + FOLDER + file + " cannot be read.", e);
            }
        }

        /** The face parsed, its tables read when first used. */
        TrueTypeFont parse() {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            } catch (IOException e) {
                throw new UncheckedIOException("A font cannot be parsed.", e);
            }
        }

        BitSet codePoints() {
            try (TrueTypeFont font = parse()) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet codePoints = new BitSet();
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> characters = cmap.getCharCodes(glyph);
                    if (characters != null) {
                        characters.forEach(codePoints::set);
                    }
                }
                return codePoints;
            } catch (IOException e) {
                throw new UncheckedIOException("A font's character map cannot be read.", e);
            }
        }
    }

    /** openhtmltopdf's cache interface over a concurrent map: the metrics of our two faces. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("Font metrics could not be loaded for " + k + ".", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
