package org.shcportal.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.downloads.CardsControllerTest.as;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.cards.Card;
import org.shcportal.cards.GroupCard;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.PdfConformance;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.fixtures.TestCards;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.printouts.ImmunizationRecord;
import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;
import org.shcportal.registry.Person;
import org.shcportal.web.Language;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The immunization record and the family pack read back with PDFBox and veraPDF: pages, what the record says, every
 * QR code scanned from a 200 dpi rendering to exactly the cards' texts, PDF/A-2a and PDF/UA-1, and who may download
 * it. Marisol (NM-000004) has two minor children, Diego and Lucía, and an adult son, Mateo. The PDFs and a PNG of
 * their first page go to {@code target/pdf-downloads/}.
 */
@QuarkusTest
class ImmunizationRecordTest {

    private static final Path OUT = Path.of("target", "pdf-downloads");
    /**
     * A home scanner's resolution. Measured: at 150 dpi a 42 mm version-20 code has 2.4 pixels per module and ZXing's
     * reader of several codes on a page finds 14 of the family pack's 19; at 200 dpi (3.2 pixels) all 19.
     */
    private static final float DPI = 200;
    /** Measured: Marisol's family pack was 19 Letter pages, a page per card; each child is now 3 pages at most. */
    private static final int FAMILY_PACK_PAGES = 6;
    /** Pixels per module of a code a caller draws, as the cards' codes are drawn for print (6 or more, print.css). */
    private static final int PIXELS_PER_MODULE = 6;
    /** The SMART Health Cards spec's codes are made to scan at 40 × 40 mm (print.css). */
    private static final double MIN_QR_MM = 40;

    @Inject
    IssuanceService personCards;

    @Inject
    ImmunizationRecord records;

    @Test
    void marisolsFamilyPackIsEachChildsRecordThenTheirCardsInSixPagesAtMost() throws IOException {
        long marisol = idOf("NM-000004");
        Response response = as("NM-000004").get("/people/" + marisol + "/family.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = keep("family-pack-record", response.asByteArray())) {
            assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(FAMILY_PACK_PAGES);
            String text = PdfInspection.text(pdf);
            assertThat(text).contains("Immunization record", "Diego Quintana-Begay", "Lucía Quintana-Begay",
                    "Vaccinations", "Where given", "Polio", "1-800-555-0199", "SMART Health Cards to scan")
                    .doesNotContain("Mateo");
            List<String> expected = new ArrayList<>(TestCards.qrTexts("NM-000005"));
            expected.addAll(TestCards.qrTexts("NM-000006"));
            assertThat(PdfInspection.scanAllQrCodes(pdf, DPI)).containsExactlyInAnyOrderElementsOf(expected);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                assertThat(PdfInspection.images(pdf, page))
                        .allSatisfy(image -> assertThat(image.widthMm()).isGreaterThanOrEqualTo(MIN_QR_MM));
            }
            assertThat(PdfConformance.failures(response.asByteArray())).isEmpty();
        }
        assertThat(as("NM-000001").get("/people/" + marisol + "/family.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aGuardianDownloadsAChildsRecordThatIsPdfA2aAndPdfUa1AndIsAudited() throws IOException {
        long diego = idOf("NM-000005");
        Response response = as("NM-000004").get("/people/" + diego + "/record.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"DQB-immunization-record-.*\\.pdf\"");
        assertThat(PdfConformance.failures(response.asByteArray())).isEmpty();
        try (PDDocument pdf = keep("diego-record", response.asByteArray())) {
            assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(3);
            assertThat(PdfInspection.text(pdf)).contains("Immunization record", "Diego Quintana-Begay",
                    "Date of birth", "Issued ", "State Immunization Registry (demo)");
            assertThat(PdfInspection.scanAllQrCodes(pdf, DPI))
                    .containsExactlyInAnyOrderElementsOf(TestCards.qrTexts("NM-000005"));
        }
        AuditEvent last = AuditTrail.lastOf(AuditAction.CARD_DOWNLOADED);
        assertThat(last.subjectPersonId).isEqualTo(diego);
        assertThat(last.actorPersonId).isEqualTo(idOf("NM-000004"));
        assertThat(last.reason).isEqualTo("record pdf");
    }

    @Test
    void onlyThePersonOrTheirGuardianGetsTheRecord() {
        long john = idOf("NM-000001");
        long diego = idOf("NM-000005");
        long mateo = idOf("NM-000007");

        assertThat(as("NM-000001").get("/people/" + john + "/record.pdf").statusCode()).isEqualTo(200);
        assertThat(as("NM-000001").get("/people/" + diego + "/record.pdf").statusCode()).isEqualTo(404);
        assertThat(as("NM-000004").get("/people/" + mateo + "/record.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void inSpanishTheRecordIsInSpanish() throws IOException {
        long lucia = idOf("NM-000006");
        byte[] body = as("NM-000004").cookie("lang", "es").get("/people/" + lucia + "/record.pdf").asByteArray();

        try (PDDocument pdf = keep("lucia-record-es", body)) {
            assertThat(PdfInspection.text(pdf)).contains("Registro de vacunación", "Fecha de nacimiento", "Vacunas",
                    "Dónde se aplicó", "SMART Health Cards para escanear", "Lucía Quintana-Begay");
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("es");
        }
    }

    @Test
    void linkCodesGivenByTheCallerArePrintedLabelledAfterTheCards() throws IOException {
        // As long as a real link's caption: each word must be printed, none cut off by the card's edge.
        String caption = "Shares: All cards and the whole record, lab results included. Works until December 4, 2027."
                + " A passcode is needed: it is not printed.";
        String link = "shlink:/eyJ1cmwiOiJodHRwczovL2V4YW1wbGUub3JnL2xpbmtzL20vYWJjIiwia2V5IjoiMTIzIn0";
        String code = "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(QrPng.render(QrSymbol.encodeText(link), PIXELS_PER_MODULE));
        byte[] body = QuarkusTransaction.requiringNew().call(() -> {
            Person diego = Person.findById(idOf("NM-000005"));
            IssuanceService.Cards cards = personCards.withRecord(diego);
            List<Card> printed = cards.cards().stream().map(GroupCard::qr).toList();
            ImmunizationRecord.Entry entry = new ImmunizationRecord.Entry(diego, cards.record(), printed,
                    List.of(new ImmunizationRecord.LinkCode("SMART Health Link: School nurse", caption, code)));
            return records.pdf(List.of(entry), Language.EN, "Immunization record of Diego Quintana-Begay");
        });

        try (PDDocument pdf = keep("diego-record-link", body)) {
            assertThat(PdfInspection.text(pdf).replaceAll("\\s+", " ")).contains("More codes",
                    "SMART Health Link: School nurse", caption);
            List<String> scanned = PdfInspection.scanAllQrCodes(pdf, DPI);
            assertThat(scanned).contains(link);
            assertThat(scanned.get(scanned.size() - 1)).isEqualTo(link);
        }
        assertThat(PdfConformance.failures(body)).isEmpty();
    }

    @Test
    void theAccountTheCardsAndTheRecordsPagesOfferTheRecord() {
        long marisol = idOf("NM-000004");
        long diego = idOf("NM-000005");
        String recordLink = "href=\"/people/" + diego + "/record.pdf\"";

        assertThat(as("NM-000004").get("/account").asString()).contains(recordLink,
                "href=\"/people/" + marisol + "/record.pdf\"");
        assertThat(as("NM-000004").get("/people/" + diego + "/cards").asString()).contains(recordLink);
        assertThat(as("NM-000004").get("/people/" + diego).asString()).contains(recordLink);
    }

    @Test
    void theFamilyPackIsOfferedUnderYourChildrenAndOnEachChildsPageButNotToAResidentWithoutChildren() {
        long marisol = idOf("NM-000004");
        String packLink = "href=\"/people/" + marisol + "/family.pdf\"";

        assertThat(as("NM-000004").get("/account").asString()).contains(packLink,
                "Family pack: each child&#39;s immunization record and cards in one PDF");
        assertThat(as("NM-000004").get("/people/" + idOf("NM-000005")).asString()).contains(packLink);
        assertThat(as("NM-000004").get("/people/" + marisol).asString()).doesNotContain("family.pdf");
        assertThat(as("NM-000001").get("/account").asString()).doesNotContain("family.pdf");
    }

    private static PDDocument keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        return PdfInspection.load(pdf);
    }
}
