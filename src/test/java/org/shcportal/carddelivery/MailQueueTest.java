package org.shcportal.carddelivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.StaffReason;
import org.shcportal.cards.CardVerifier;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.qr.NumericQr;
import org.shcportal.qr.QrReader;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The mail queue: one batch PDF with exactly the queued people, and exactly that batch marked printed. */
@QuarkusTest
class MailQueueTest {

    /** As a phone camera sees a print; lower resolutions miss some codes. */
    private static final float SCAN_DPI = 300;
    private static final Pattern IDS = Pattern.compile("name=\"ids\" value=\"([0-9,]+)\"");

    @Inject
    EntityManager entityManager;

    @Inject
    CardVerifier verifier;

    @Test
    void theBatchPdfHoldsExactlyTheQueuedPeopleInOrderAndOnlyThatBatchIsMarkedPrinted() throws IOException {
        markEverythingPrinted();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        String printedBefore = TestPeople.adultWithCards();
        queue(agent, printedBefore);
        markEverythingPrinted();
        String first = TestPeople.adultWithCards();
        String second = TestPeople.adultWithCards();
        String neverQueued = TestPeople.adultWithCards();
        queue(agent, first);
        queue(agent, second);
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        Browser supervisor = TestStaff.signIn(username);

        String page = supervisor.get("/helpdesk/mail").asString();
        String ids = idsOn(page);
        assertThat(ids.split(",")).hasSize(2);
        assertThat(page).contains(initials(first)).doesNotContain(nameOf(first));
        String late = TestPeople.adultWithCards();
        queue(agent, late);
        var download = supervisor.get("/helpdesk/mail/batch.pdf?ids=" + ids);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("mail-batch-" + MailBatch.reference(
                List.of(Long.parseLong(ids.split(",")[0]), Long.parseLong(ids.split(",")[1]))));
        try (PDDocument pdf = PdfInspection.load(download.asByteArray())) {
            String text = PdfInspection.text(pdf);
            assertThat(text).containsSubsequence(nameOf(first), nameOf(second));
            assertThat(text).doesNotContain(nameOf(printedBefore)).doesNotContain(nameOf(neverQueued))
                    .doesNotContain(nameOf(late));
            assertThat(text.split("Reference MB-", -1)).hasSize(3);
            assertThat(familiesInQrCodes(pdf)).containsExactlyInAnyOrder(familyOf(first), familyOf(second));
        }

        var printed = supervisor.post("/helpdesk/mail/printed", Map.of("ids", ids));

        assertThat(printed.statusCode()).isEqualTo(303);
        assertThat(isQueued(first)).isFalse();
        assertThat(isQueued(second)).isFalse();
        assertThat(isQueued(late)).as("queued after the batch was downloaded").isTrue();
        String after = supervisor.get(printed.header("Location")).asString();
        assertThat(after).contains("2 requests were marked printed").contains(initials(late))
                .doesNotContain("value=\"" + ids + "\"");
        List<AuditEvent> events = AuditTrail.by(username, AuditAction.STAFF_CARD_PRINTED);
        assertThat(events).extracting(event -> event.subjectPersonId)
                .containsExactlyInAnyOrder(TestPeople.idOf(first), TestPeople.idOf(second));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.actorRole).isEqualTo("SUPERVISOR");
            assertThat(event.reason).isEqualTo("COPY_ASKED");
            assertThat(event.ticket).isEqualTo("INC-5000");
        });
        MailRequest done = QuarkusTransaction.requiringNew().call(() -> MailRequest
                .<MailRequest> find("person.registryId = ?1", first).singleResult());
        assertThat(done.printedBy).isEqualTo(username);
        assertThat(done.batchReference).startsWith("MB-");

        var again = supervisor.post("/helpdesk/mail/printed", Map.of("ids", ids));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(supervisor.get("/helpdesk/mail/batch.pdf?ids=" + ids).statusCode()).isEqualTo(409);
        assertThat(AuditTrail.by(username, AuditAction.STAFF_CARD_PRINTED)).hasSize(2);
    }

    /**
     * A verifier uploads a scan of a printed page to "check a card": every card page of a mail batch must be read
     * whatever the resolution it was scanned at (office scanners offer 100 to 300 dpi).
     */
    @Test
    void everyCardPageOfABatchIsReadByCheckACardAtEveryScanResolution() throws IOException {
        markEverythingPrinted();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        queue(agent, TestPeople.adultWithCards());
        Browser supervisor = TestStaff.signIn(TestStaff.create(StaffRole.SUPERVISOR));
        String ids = idsOn(supervisor.get("/helpdesk/mail").asString());

        byte[] batch = supervisor.get("/helpdesk/mail/batch.pdf?ids=" + ids).asByteArray();

        int cardPages = 0;
        try (PDDocument pdf = PdfInspection.load(batch)) {
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                if (PdfInspection.scanQrCodes(pdf, page, SCAN_DPI).isEmpty()) {
                    continue; // the covering letter
                }
                cardPages++;
                for (int dpi : new int[] { 100, 150, 200, 300 }) {
                    BufferedImage scan = new PDFRenderer(pdf).renderImageWithDPI(page, dpi, ImageType.RGB);
                    String text = QrReader.decode(scan);
                    assertThat(verifier.verify(NumericQr.jws(List.of(text)), Instant.now()).valid())
                            .as("page %d at %d dpi", page + 1, dpi).isTrue();
                }
            }
        }
        assertThat(cardPages).isPositive();
        markEverythingPrinted();
    }

    @Test
    void onlySupervisorsSeeTheQueuePrintItAndMarkIt() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        String registryId = TestPeople.adultWithCards();
        queue(agent, registryId);
        String id = String.valueOf(requestOf(registryId).id);

        for (Browser refused : List.of(agent, admin)) {
            assertThat(refused.get("/helpdesk/mail").statusCode()).isEqualTo(403);
            assertThat(refused.get("/helpdesk/mail/batch.pdf?ids=" + id).statusCode()).isEqualTo(403);
            assertThat(refused.post("/helpdesk/mail/printed", Map.of("ids", id)).statusCode()).isEqualTo(403);
        }
        assertThat(new Browser().get("/helpdesk/mail").statusCode()).isEqualTo(303);
        assertThat(new Browser().get("/helpdesk/mail/batch.pdf").statusCode()).isEqualTo(303);
        Browser supervisor = TestStaff.signedIn(StaffRole.SUPERVISOR);
        supervisor.get("/helpdesk/mail");
        assertThat(supervisor.postWithoutCsrf("/helpdesk/mail/printed", Map.of("ids", id)).statusCode())
                .isEqualTo(400);
        assertThat(supervisor.post("/helpdesk/mail/printed", Map.of("ids", "1;DROP TABLE mail_request"))
                .statusCode()).isEqualTo(400);
        assertThat(isQueued(registryId)).isTrue();
    }

    private static void queue(Browser agent, String registryId) {
        long personId = OpenedRecords.open(agent, registryId, StaffReason.MAIL_REQUEST, "INC-5000");
        agent.get("/helpdesk/people/" + personId + "/send-cards");
        assertThat(agent
                .post("/helpdesk/people/" + personId + "/send-cards",
                        Map.of("why", "COPY_ASKED", "how", "MAIL", "language", "en"))
                .statusCode()).isEqualTo(303);
    }

    private void markEverythingPrinted() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                UPDATE mail_request SET printed_at = now(), printed_by = 'earlier-batch', batch_reference = 'MB-EARLIER'
                WHERE printed_at IS NULL""").executeUpdate());
    }

    private List<String> familiesInQrCodes(PDDocument pdf) throws IOException {
        List<String> families = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            for (String text : PdfInspection.scanQrCodes(pdf, page, SCAN_DPI)) {
                CardVerifier.Verification card = verifier.verify(NumericQr.jws(List.of(text)), Instant.now());
                assertThat(card.valid()).isTrue();
                JsonNode name = card.claims().path("vc").path("credentialSubject").path("fhirBundle").path("entry")
                        .get(0).path("resource").path("name").get(0);
                if (seen.add(name.path("family").asText())) {
                    families.add(name.path("family").asText());
                }
            }
        }
        return families;
    }

    private static String idsOn(String page) {
        Matcher ids = IDS.matcher(page);
        assertThat(ids.find()).isTrue();
        return ids.group(1);
    }

    private static MailRequest requestOf(String registryId) {
        return QuarkusTransaction.requiringNew().call(() -> MailRequest
                .<MailRequest> find("person.registryId = ?1 and printedAt is null", registryId).singleResult());
    }

    private static boolean isQueued(String registryId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> MailRequest.count("person.registryId = ?1 and printedAt is null", registryId) > 0);
    }

    private static Person person(String registryId) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId(registryId).orElseThrow());
    }

    private static String nameOf(String registryId) {
        return person(registryId).fullName();
    }

    private static String familyOf(String registryId) {
        return person(registryId).familyName;
    }

    private static String initials(String registryId) {
        return org.shcportal.registry.Initials.of(person(registryId));
    }
}
