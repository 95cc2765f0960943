package org.shcportal.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.downloads.CardsControllerTest.as;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.qr.NumericQr;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The printable cards read back with PDFBox: pages, paper, text in both languages, embedded fonts, tags, and the QR
 * codes scanned from a 300 dpi rendering to exactly the card's {@code shc:/} texts, printed at least 40 mm wide.
 * The PDFs and a PNG of their first page are written to {@code target/pdf-downloads/}.
 */
@QuarkusTest
class CardPdfTest {

    private static final Path OUT = Path.of("target", "pdf-downloads");
    private static final float DPI = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aOneCodeCardIsOneLetterPageWithTheRecordTheCodeAndTheNotices() throws IOException {
        long john = idOf("NM-000001");
        Response response = as("NM-000001").get("/people/" + john + "/cards/covid-19.pdf");

        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition")).matches("attachment; filename=\"JA-covid-19-.*\\.pdf\"");
        try (PDDocument pdf = keep("john-covid-19", response.asByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle paper = pdf.getPage(0).getMediaBox();
            assertThat(paper.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(paper.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
            assertThat(PdfInspection.text(pdf)).contains("John B. Anyperson", "January 20, 1951", "COVID-19 record",
                    "Moderna", "0000001", "ABC General Hospital", "Do not fold or cover the QR code",
                    "What is a SMART Health Card?", "1-800-555-0199", "Moderna COVID-19 Vaccine, Bivalent")
                    .doesNotContain("Spikevax", "non-US");
            assertTagged(pdf, "en");
            assertThat(PdfInspection.scanQrCodes(pdf, 0, DPI)).containsExactlyElementsOf(qrTexts("NM-000001", john,
                    "covid-19", false));
            assertQrAtLeast40mm(pdf, 0);
        }
    }

    @Test
    void inSpanishTheLabelsAndDatesAreSpanish() throws IOException {
        long john = idOf("NM-000001");
        byte[] body = as("NM-000001").cookie("lang", "es").get("/people/" + john + "/cards/covid-19.pdf").asByteArray();

        try (PDDocument pdf = keep("john-covid-19-es", body)) {
            assertThat(PdfInspection.text(pdf)).contains("Fecha de nacimiento", "20 de enero de 1951", "Vacuna", "Lote",
                    "No doble ni cubra el código QR", "¿Qué es una SMART Health Card?");
            assertTagged(pdf, "es");
        }
    }

    @Test
    void aLongHistoryPrintsTheSelectedCardThenEveryChunkOfTheFullHistory() throws IOException {
        long gilbert = idOf("NM-000008");
        byte[] body = as("NM-000008").get("/people/" + gilbert + "/cards/covid-19.pdf").asByteArray();

        try (PDDocument pdf = keep("gilbert-covid-19", body)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = PdfInspection.text(pdf);
            assertThat(text).containsPattern("Showing the \\d+ most recent of 14 doses").contains("Scan all ",
                    "Code 1 of ");
            assertThat(PdfInspection.scanQrCodes(pdf, 0, DPI)).containsExactlyElementsOf(
                    qrTexts("NM-000008", gilbert, "covid-19", false));
            List<String> chunks = new ArrayList<>();
            for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                chunks.addAll(PdfInspection.scanQrCodes(pdf, page, DPI));
                assertThat(PdfInspection.images(pdf, page))
                        .allSatisfy(image -> assertThat(image.widthMm()).isGreaterThanOrEqualTo(40));
            }
            assertThat(chunks).containsExactlyInAnyOrderElementsOf(qrTexts("NM-000008", gilbert, "covid-19", true));
        }
    }

    @Test
    void aLongHistorySaysTheWholeHistoryCanBeSharedInOneCodeFromTheCardsPage() throws IOException {
        long gilbert = idOf("NM-000008");
        String url = "/people/" + gilbert + "/cards/covid-19.pdf";

        try (PDDocument english = keep("gilbert-covid-19-en", as("NM-000008").get(url).asByteArray());
                PDDocument spanish = keep("gilbert-covid-19-es",
                        as("NM-000008").cookie("lang", "es").get(url).asByteArray())) {
            assertThat(PdfInspection.text(english).replaceAll("\\s+", " ")).containsPattern(
                    "Showing the \\d+ most recent of 14 doses\\. The full history is on the next page\\. The whole "
                            + "history can be shared in one code: on the cards page of the registry's portal, choose "
                            + "\"One code for the whole history\"");
            assertThat(PdfInspection.text(spanish).replaceAll("\\s+", " ")).containsPattern(
                    "Se muestran las \\d+ dosis más recientes de 14\\. El historial completo está en la página "
                            + "siguiente\\. Todo el historial se puede compartir en un solo código: en la página de "
                            + "tarjetas del portal del registro, elija \"Un código para toda la historia\"");
        }
    }

    @Test
    void theWalletCardIsOnePageWithTheSingleCode() throws IOException {
        long john = idOf("NM-000001");
        byte[] body = as("NM-000001").get("/people/" + john + "/cards/covid-19.pdf?layout=wallet").asByteArray();

        try (PDDocument pdf = keep("john-covid-19-wallet", body)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfInspection.text(pdf)).contains("John B. Anyperson", "Cut along the solid line");
            assertThat(PdfInspection.scanQrCodes(pdf, 0, DPI)).containsExactlyElementsOf(qrTexts("NM-000001", john,
                    "covid-19", false));
            assertQrAtLeast40mm(pdf, 0);
        }
    }

    @Test
    void thePrintablePageIsTheSameTemplate() {
        long john = idOf("NM-000001");

        String page = as("NM-000001").get("/people/" + john + "/cards/covid-19/print").asString();

        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/static/css/print.css\"/>", "John B. Anyperson",
                "Do not fold or cover the QR code");
    }

    private static List<String> qrTexts(String registryId, long personId, String slug, boolean full)
            throws IOException {
        String file = as(registryId).get("/people/" + personId + "/cards/" + slug + ".smart-health-card"
                + (full ? "?full=true" : "")).asString();
        return NumericQr.texts(JSON.readTree(file).get("verifiableCredential").get(0).asText());
    }

    private static void assertTagged(PDDocument pdf, String language) {
        assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith(language);
        assertThat(pdf.getDocumentInformation().getTitle()).isNotBlank();
        try {
            for (PDFont font : PdfInspection.fonts(pdf)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSans");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertQrAtLeast40mm(PDDocument pdf, int page) throws IOException {
        List<PdfInspection.DrawnImage> images = PdfInspection.images(pdf, page);
        assertThat(images).isNotEmpty().allSatisfy(image -> assertThat(image.widthMm()).isGreaterThanOrEqualTo(40));
    }

    private static PDDocument keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        PDDocument document = PdfInspection.load(pdf);
        javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                OUT.resolve(name + "-page-1.png").toFile());
        return document;
    }
}
