package org.shcportal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.cards.Card;
import org.shcportal.cards.GroupCard;
import org.shcportal.fixtures.LogCapture;
import org.shcportal.fixtures.PdfConformance;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.qr.QrSymbol;

/**
 * The sample documents (src/test/resources/pdf) with real cards, rendered once and read back with PDFBox: pages,
 * text in both languages, fonts, tags, and the QR codes as a scanner sees them. The PDFs and a PNG of each page go to
 * target/pdf-samples for people to look at.
 */
class PdfRendererTest {

    static final Path SAMPLES = Path.of("target", "pdf-samples");
    static final float SCAN_DPI = 300;
    static final double MIN_QR_MM = 40; // the SMART Health Cards spec makes codes usable at 40 × 40 mm
    /** The loggers of the PDF libraries (openhtmltopdf, PDFBox, FontBox) and of our renderer. */
    static final String[] PDF_LOGGERS = { "com.openhtmltopdf", "org.apache.pdfbox", "org.apache.fontbox",
            "org.shcportal.pdf" };

    static PdfRenderer renderer;
    static Card johnCovid;
    static Card johnInfluenza;
    static GroupCard maria;
    static List<String> renderWarnings;
    static final Map<String, byte[]> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void renderTheSamples() throws IOException {
        List<GroupCard> john = SampleCards.issue(SampleCards.JOHN);
        johnCovid = john.get(0).qr();
        johnInfluenza = john.get(1).qr();
        maria = SampleCards.issue(SampleCards.MARIA).get(0);
        List<String> mariaTexts = new ArrayList<>(maria.qr().qrTexts());
        mariaTexts.addAll(maria.fullHistory().orElseThrow().qrTexts());

        try (LogCapture log = LogCapture.start()) {
            renderer = new PdfRenderer();
            String english = SampleDocuments.withQrCodes("card-en.xhtml", johnCovid.qrTexts());
            PDFS.put("card-en-letter", renderer.render(english, PageFormat.LETTER));
            PDFS.put("card-en-a4", renderer.render(english, PageFormat.A4));
            PDFS.put("card-es-letter",
                    renderer.render(SampleDocuments.withQrCodes("card-es.xhtml", mariaTexts), PageFormat.LETTER));
            PDFS.put("wallet-en-letter", renderer.render(SampleDocuments.withQrCodes("wallet-en.xhtml",
                    List.of(johnCovid.qrTexts().get(0), johnInfluenza.qrTexts().get(0))), PageFormat.LETTER));
            renderWarnings = log.warningsFrom(PDF_LOGGERS);
        }
        writeSamples();
    }

    /** Each PDF, and each of its pages as a PNG at 110 dpi, for a person to look at. */
    private static void writeSamples() throws IOException {
        Files.createDirectories(SAMPLES);
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            Files.write(SAMPLES.resolve(pdf.getKey() + ".pdf"), pdf.getValue());
            try (PDDocument document = PdfInspection.load(pdf.getValue())) {
                PDFRenderer pages = new PDFRenderer(document);
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    ImageIO.write(pages.renderImageWithDPI(i, 110), "png",
                            SAMPLES.resolve(pdf.getKey() + "-page" + (i + 1) + ".png").toFile());
                }
            }
        }
    }

    @Test
    void theFormatSetsThePageSizeLetterOrA4() throws IOException {
        try (PDDocument letter = PdfInspection.load(PDFS.get("card-en-letter"));
                PDDocument a4 = PdfInspection.load(PDFS.get("card-en-a4"))) {
            assertThat(letter.getNumberOfPages()).isEqualTo(1);
            assertSize(letter.getPage(0).getMediaBox(), 612, 792);
            assertThat(a4.getNumberOfPages()).isEqualTo(1);
            assertSize(a4.getPage(0).getMediaBox(), 595.28f, 841.89f);
        }
    }

    @Test
    void theEnglishCardShowsThePersonTheDosesAndWhatToDo() throws IOException {
        try (PDDocument pdf = PdfInspection.load(PDFS.get("card-en-letter"))) {
            assertThat(PdfInspection.text(pdf)).contains("State Immunization Registry (demo)",
                    "Call 1-800-555-0199", "COVID-19 vaccination record", "John B. Anyperson", "January 20, 1951",
                    "Vaccine", "Date", "Lot", "Where", "Moderna COVID-19 Vaccine", "January 1, 2021",
                    "January 29, 2021", "September 5, 2022", "0000007", "ABC General Hospital", "Scan this code",
                    "Do not fold or cover the QR code.", "What is a SMART Health Card?");
        }
    }

    @Test
    void theSpanishCardKeepsEveryAccentAndRunsToASecondPage() throws IOException {
        assertThat(maria.qr().shown()).as("what the sample says: the 17 most recent of 24 doses").isEqualTo(17);
        assertThat(maria.qr().total()).isEqualTo(24);
        try (PDDocument pdf = PdfInspection.load(PDFS.get("card-es-letter"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfInspection.text(pdf)).contains("Registro Estatal de Inmunización (demo)",
                    "¿Preguntas o un dato incorrecto?", "ayuda bilingüe", "María José Núñez Peña",
                    "14 de marzo de 1987", "Vacuna", "Fecha", "Lote", "Lugar", "1 de octubre de 2020", "FL2001",
                    "Clínica del Condado de Santa Fe", "Farmacia Peña y Muñoz, Española", "Código 1 de 2",
                    "Código 2 de 2", "Escanee los 2 códigos", "No doble ni cubra los códigos QR.",
                    "¿Qué es una SMART Health Card?", "¡Guárdelo en un lugar seguro!");
        }
    }

    @Test
    void everyQrCodeOnThePageScansToExactlyTheCardsTexts() throws IOException {
        List<String> mariaTexts = new ArrayList<>(maria.qr().qrTexts());
        mariaTexts.addAll(maria.fullHistory().orElseThrow().qrTexts());
        assertThat(mariaTexts).hasSize(3);
        assertThat(mariaTexts.get(1)).startsWith("shc:/1/2/");

        assertScans("card-en-letter", johnCovid.qrTexts());
        assertScans("card-en-a4", johnCovid.qrTexts());
        assertScans("card-es-letter", mariaTexts);
        assertScans("wallet-en-letter", List.of(johnCovid.qrTexts().get(0), johnInfluenza.qrTexts().get(0)));
    }

    private static void assertScans(String sample, List<String> expected) throws IOException {
        try (PDDocument pdf = PdfInspection.load(PDFS.get(sample))) {
            assertThat(PdfInspection.images(pdf, 0)).as("%s: images on page 1", sample).hasSameSizeAs(expected);
            assertThat(PdfInspection.scanQrCodes(pdf, 0, SCAN_DPI)).as(sample).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyQrCodeIsPrintedAtLeast40mmWideWithoutItsQuietZone() throws IOException {
        for (String sample : PDFS.keySet()) {
            try (PDDocument pdf = PdfInspection.load(PDFS.get(sample))) {
                List<PdfInspection.DrawnImage> images = PdfInspection.images(pdf, 0);
                assertThat(images).as(sample).isNotEmpty();
                for (PdfInspection.DrawnImage image : images) {
                    assertThat(image.widthMm()).as(sample).isCloseTo(45, within(0.1));
                    assertThat(image.heightMm()).as(sample).isCloseTo(image.widthMm(), within(0.01));
                    int modules = image.pixelWidth() / SampleDocuments.PIXELS_PER_MODULE; // with the quiet zone
                    double symbolMm = image.widthMm() * (modules - 2 * 4) / modules;
                    assertThat(symbolMm).as("%s: the symbol alone, %d modules", sample, modules - 8)
                            .isGreaterThanOrEqualTo(MIN_QR_MM);
                }
            }
        }
    }

    @Test
    void theQrImagesAreOurPngsAsEncoded() throws IOException {
        try (PDDocument pdf = PdfInspection.load(PDFS.get("card-en-letter"))) {
            int side = (QrSymbol.encode(johnCovid.qrTexts().get(0)).size() + 8) * SampleDocuments.PIXELS_PER_MODULE;
            assertThat(PdfInspection.images(pdf, 0)).singleElement().satisfies(image -> {
                assertThat(image.pixelWidth()).isEqualTo(side);
                assertThat(image.pixelHeight()).isEqualTo(side);
            });
        }
    }

    @Test
    void aWalletCardIsTwoBankCardPanelsWithADottedFoldBesideTheQrCode() throws IOException {
        try (PDDocument pdf = PdfInspection.load(PDFS.get("wallet-en-letter"))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, SCAN_DPI);
            PdfInspection.DrawnImage qr = PdfInspection.images(pdf, 0).get(0);
            double pxPerMm = SCAN_DPI / 25.4;
            int row = (int) ((pdf.getPage(0).getMediaBox().getHeight() - qr.y() - qr.height() / 2) * SCAN_DPI / 72);
            int left = darkFrom(page, 0, row, 1, 0);
            int right = darkFrom(page, page.getWidth() - 1, row, -1, 0);
            int column = left + (int) Math.round(1.5 * pxPerMm); // inside the panel's padding: no text there
            int top = darkFrom(page, column, row, 0, -1);
            int bottom = darkFrom(page, column, row, 0, 1);

            assertThat((right - left) / pxPerMm).as("width of the strip, mm").isCloseTo(2 * 85.6, within(0.3));
            assertThat((bottom - top) / pxPerMm).as("height, mm").isCloseTo(54, within(0.3));
            int fold = left + (int) Math.round(85.6 * pxPerMm);
            long dots = IntStream.range(top, bottom)
                    .filter(y -> IntStream.rangeClosed(fold - 3, fold + 3)
                            .anyMatch(x -> dark(page.getRGB(x, y))))
                    .count();
            assertThat(dots).as("a dotted fold line in the middle").isBetween((long) ((bottom - top) * 0.3),
                    (long) ((bottom - top) * 0.9));
            double qrLeftMm = qr.x() * SCAN_DPI / 72 / pxPerMm - left / pxPerMm;
            assertThat(qrLeftMm).as("the QR code is on the back panel, clear of the fold").isGreaterThan(86.5);
        }
    }

    /** The middle of the first line met from (x, y) going in direction (dx, dy): where the scissors go. */
    private static int darkFrom(BufferedImage image, int x, int y, int dx, int dy) {
        while (!dark(image.getRGB(x, y))) {
            x += dx;
            y += dy;
        }
        int start = dx != 0 ? x : y;
        while (dark(image.getRGB(x, y))) {
            x += dx;
            y += dy;
        }
        return (start + (dx != 0 ? x : y) - dx - dy) / 2;
    }

    private static boolean dark(int rgb) {
        return ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 160;
    }

    @Test
    void everyFontIsEmbeddedAndIsNotoSans() throws IOException {
        for (String sample : PDFS.keySet()) {
            try (PDDocument pdf = PdfInspection.load(PDFS.get(sample))) {
                List<PDFont> fonts = List.copyOf(PdfInspection.fonts(pdf));
                assertThat(fonts).as(sample).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as("%s: %s embedded", sample, font.getName()).isTrue();
                    assertThat(font.getName()).as(sample).matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)");
                });
                assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("-Bold"))
                        .anyMatch(name -> name.endsWith("-Regular"));
            }
        }
    }

    @Test
    void theDocumentIsTaggedAndHasItsTitleAndLanguage() throws IOException {
        try (PDDocument pdf = PdfInspection.load(PDFS.get("card-en-letter"))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("COVID-19 vaccination record of John B. Anyperson – SMART Health Card");
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("SMART Health Card portal");
            List<PDStructureElement> structure = PdfInspection.structure(pdf);
            assertThat(structure).extracting(PDStructureElement::getStructureType).contains("H1", "H2", "Table",
                    "TH", "TD", "P", "Figure");
            assertThat(structure).filteredOn(element -> "Figure".equals(element.getStructureType()))
                    .extracting(PDStructureElement::getAlternateDescription).containsExactly(
                            "QR code of the SMART Health Card: COVID-19 vaccination record of John B. Anyperson");
        }
    }

    @Test
    void headingsNeverSkipALevel() throws IOException {
        for (String sample : PDFS.keySet()) {
            try (PDDocument pdf = PdfInspection.load(PDFS.get(sample))) {
                int previous = 0;
                for (PDStructureElement element : PdfInspection.structure(pdf)) {
                    String type = element.getStructureType();
                    if (type.matches("H[1-6]")) {
                        int level = type.charAt(1) - '0';
                        assertThat(level).as("%s: %s after H%d", sample, type, previous).isLessThanOrEqualTo(previous + 1);
                        previous = level;
                    }
                }
                assertThat(previous).as(sample).isPositive();
            }
        }
    }

    @Test
    void everyTableIsADataTableWithHeaderCells() throws IOException {
        for (String sample : PDFS.keySet()) {
            try (PDDocument pdf = PdfInspection.load(PDFS.get(sample))) {
                List<PDStructureElement> tables = PdfInspection.structure(pdf).stream()
                        .filter(element -> "Table".equals(element.getStructureType())).toList();
                assertThat(tables).as(sample).isNotEmpty().allSatisfy(table -> assertThat(
                        PdfInspection.descendants(table)).extracting(PDStructureElement::getStructureType)
                        .as("%s: a table used for layout", sample).contains("TH"));
            }
        }
    }

    @Test
    void everySampleIsPdfA2aAndPdfUa1ForVeraPdf() {
        for (String sample : PDFS.keySet()) {
            assertThat(PdfConformance.failures(PDFS.get(sample))).as("rules %s breaks", sample).isEmpty();
        }
    }

    @Test
    void theSpanishDocumentIsInSpanish() throws IOException {
        try (PDDocument pdf = PdfInspection.load(PDFS.get("card-es-letter"))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(
                    "Historial de vacunación contra la influenza de María José Núñez Peña – SMART Health Card");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp).contains("Núñez Peña", "pdfuaid:part");
        }
    }

    @Test
    void renderingTheSamplesLoggedNoWarnings() {
        assertThat(renderWarnings).isEmpty();
    }

    private static void assertSize(PDRectangle box, float width, float height) {
        assertThat(box.getWidth()).isCloseTo(width, within(0.5f));
        assertThat(box.getHeight()).isCloseTo(height, within(0.5f));
    }
}
