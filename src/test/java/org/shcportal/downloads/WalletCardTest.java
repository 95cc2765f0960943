package org.shcportal.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.shcportal.downloads.CardsControllerTest.as;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.shcportal.cards.CardVerifier;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.qr.NumericQr;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Gilbert's wallet card (NM-000008, fourteen COVID-19 doses) read back with PDFBox: the note under the doses states
 * how many doses the QR code holds, as many as a scanner finds in it, and how many are listed; and the note, like
 * everything on the front panel, lies inside the 85.6 × 54 mm card with room to spare. The PDFs and a 200 dpi PNG
 * are written to {@code target/pdf-downloads/}.
 */
@QuarkusTest
class WalletCardTest {

    private static final Path OUT = Path.of("target", "pdf-downloads");
    private static final float POINTS_PER_MM = 72 / 25.4f;
    /** ISO/IEC 7810 ID-1 (print.css): each panel of the fold card. */
    private static final float CARD_WIDTH_MM = 85.6f;
    private static final float CARD_HEIGHT_MM = 54f;
    /** Text closer than this to a cut or fold line is cut off or creased. */
    private static final float CLEARANCE_MM = 1f;
    /** Noto Sans descends 0.293 em below the baseline (its hhea table); round up. */
    private static final float DESCENT_EM = 0.3f;
    private static final Pattern LOT = Pattern.compile("\\b[A-Z]{2}\\d{4}\\b");

    @Inject
    CardVerifier verifier;

    @Test
    void theWalletNoteStatesWhatTheCodeHoldsAndWhatIsListed() throws IOException {
        WalletPdf card = wallet("en");

        assertThat(card.inCode()).isGreaterThan(card.listed()).isLessThan(14);
        assertThat(card.frontText()).contains("The code holds the " + card.inCode() + " most recent of 14 doses; the "
                + card.listed() + " most recent are listed here.");
    }

    @Test
    void inSpanishTheWalletNoteStatesTheSameCounts() throws IOException {
        WalletPdf card = wallet("es");

        assertThat(card.frontText()).contains("El código contiene las " + card.inCode()
                + " dosis más recientes de 14; aquí se listan las " + card.listed() + " más recientes.");
    }

    @Test
    void theWalletNoteLiesInsideTheCardInBothLanguages() throws IOException {
        for (String language : List.of("en", "es")) {
            WalletPdf card = wallet(language);
            Rectangle2D front = card.front();
            Rectangle2D inside = new Rectangle2D.Double(front.getX() + CLEARANCE_MM * POINTS_PER_MM,
                    front.getY() + CLEARANCE_MM * POINTS_PER_MM, front.getWidth() - 2 * CLEARANCE_MM * POINTS_PER_MM,
                    front.getHeight() - 2 * CLEARANCE_MM * POINTS_PER_MM);

            assertThat(card.note()).as(language).isNotNull();
            assertThat(inside.contains(card.note())).as(language + ": note " + card.note() + " inside " + inside)
                    .isTrue();
            assertThat(card.frontGlyphs()).as(language).allSatisfy(glyph -> assertThat(glyph.getWidth() == 0
                    || inside.contains(glyph)).as(language + ": " + glyph + " inside " + inside).isTrue());
        }
    }

    private WalletPdf wallet(String language) throws IOException {
        long gilbert = idOf("NM-000008");
        byte[] body = as("NM-000008").cookie("lang", language)
                .get("/people/" + gilbert + "/cards/covid-19.pdf?layout=wallet").asByteArray();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("gilbert-covid-19-wallet-" + language + ".pdf"), body);
        try (PDDocument pdf = PdfInspection.load(body)) {
            javax.imageio.ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 200), "png",
                    OUT.resolve("gilbert-covid-19-wallet-" + language + "-page-1.png").toFile());
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            Rectangle2D outline = Outline.of(pdf.getPage(0), PdfInspection.images(pdf, 0).get(0));
            assertThat(outline.getWidth() / POINTS_PER_MM).isCloseTo(2 * CARD_WIDTH_MM, offset(0.5));
            assertThat(outline.getHeight() / POINTS_PER_MM).isCloseTo(CARD_HEIGHT_MM, offset(0.5));
            Rectangle2D front = new Rectangle2D.Double(outline.getX(), outline.getY(), CARD_WIDTH_MM * POINTS_PER_MM,
                    outline.getHeight());
            Glyphs glyphs = new Glyphs(pdf.getPage(0).getMediaBox().getHeight());
            glyphs.getText(pdf);
            // What the front panel holds, and what spills out of its bottom (cut off, but still in the PDF).
            Rectangle2D column = new Rectangle2D.Double(front.getX(), front.getY() - 10 * POINTS_PER_MM,
                    front.getWidth(), front.getHeight() + 10 * POINTS_PER_MM);
            List<Glyph> onFront = glyphs.all.stream()
                    .filter(glyph -> column.contains(glyph.box.getCenterX(), glyph.box.getCenterY())).toList();
            StringBuilder text = new StringBuilder();
            onFront.forEach(glyph -> text.append(glyph.text));
            String frontText = text.toString().replaceAll("\\s+", " ");
            int inCode = immunizations(PdfInspection.scanQrCodes(pdf, 0, 300));
            Matcher lots = LOT.matcher(frontText);
            int listed = 0;
            while (lots.find()) {
                listed++;
            }
            Rectangle2D note = noteBox(onFront, language.equals("en") ? "The code holds" : "El código contiene");
            return new WalletPdf(front, frontText, onFront.stream().map(glyph -> glyph.box).toList(), note, inCode,
                    listed);
        }
    }

    private int immunizations(List<String> qrTexts) {
        assertThat(qrTexts).hasSize(1);
        JsonNode claims = verifier.verify(NumericQr.jws(qrTexts), Instant.now()).claims();
        int count = 0;
        for (JsonNode entry : claims.path("vc").path("credentialSubject").path("fhirBundle").path("entry")) {
            if ("Immunization".equals(entry.path("resource").path("resourceType").asText())) {
                count++;
            }
        }
        return count;
    }

    /** The box around the glyphs from the note's first words to the end of the front panel's text. */
    private static Rectangle2D noteBox(List<Glyph> front, String start) {
        String squeezed = String.join("", front.stream().map(glyph -> glyph.text.strip()).toList());
        int at = squeezed.indexOf(start.replace(" ", ""));
        if (at < 0) {
            return null;
        }
        Rectangle2D box = null;
        int offset = 0;
        for (Glyph glyph : front) {
            if (offset >= at) {
                box = box == null ? (Rectangle2D) glyph.box.clone() : box.createUnion(glyph.box);
            }
            offset += glyph.text.strip().length();
        }
        return box;
    }

    private record WalletPdf(Rectangle2D front, String frontText, List<Rectangle2D> frontGlyphs, Rectangle2D note,
            int inCode, int listed) {
    }

    /** A character as drawn: its text and its box in PDF user space (origin bottom left, points). */
    private record Glyph(String text, Rectangle2D box) {
    }

    /** Every character of a page with its box: from the baseline up the glyph's height, down the font's descent. */
    private static final class Glyphs extends PDFTextStripper {

        private final float pageHeight;
        private final List<Glyph> all = new ArrayList<>();

        Glyphs(float pageHeight) {
            this.pageHeight = pageHeight;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            Rectangle2D last = null;
            for (TextPosition position : positions) {
                float baseline = pageHeight - position.getYDirAdj();
                float descent = DESCENT_EM * position.getFontSizeInPt();
                last = new Rectangle2D.Float(position.getXDirAdj(), baseline - descent, position.getWidthDirAdj(),
                        position.getHeightDir() + descent);
                all.add(new Glyph(position.getUnicode(), last));
            }
            if (last != null) {
                all.add(new Glyph(" ", new Rectangle2D.Double(last.getMaxX(), last.getY(), 0, last.getHeight())));
            }
        }
    }

    /**
     * The fold card's cut outline: the union of the lines painted around the back panel's QR code (from 15 mm below it
     * to 10 mm above it, which leaves out the header's rule).
     */
    private static final class Outline extends PDFGraphicsStreamEngine {

        private final Rectangle2D.Double window;
        private Rectangle2D path;
        private Rectangle2D outline;

        private Outline(PDPage page, PdfInspection.DrawnImage qr) {
            super(page);
            window = new Rectangle2D.Double(0, qr.y() - 15 * POINTS_PER_MM, page.getMediaBox().getWidth(),
                    qr.height() + 25 * POINTS_PER_MM);
        }

        static Rectangle2D of(PDPage page, PdfInspection.DrawnImage qr) throws IOException {
            Outline outline = new Outline(page, qr);
            outline.processPage(page);
            return outline.outline;
        }

        private void add(Point2D point) {
            Rectangle2D dot = new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
            path = path == null ? dot : path.createUnion(dot);
        }

        private void paint() {
            if (path != null && window.contains(path.getCenterX(), path.getCenterY())) {
                outline = outline == null ? path : outline.createUnion(path);
            }
            path = null;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            List.of(p0, p1, p2, p3).forEach(this::add);
        }

        @Override
        public void moveTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            add(new Point2D.Float(x3, y3));
        }

        @Override
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        @Override
        public void endPath() {
            path = null;
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
