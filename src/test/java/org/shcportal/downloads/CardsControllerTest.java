package org.shcportal.downloads;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.cards.CardVerifier;
import org.shcportal.crl.Revocations;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.qr.NumericQr;
import org.shcportal.qr.QrReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The cards page and its downloads. Every downloaded card is also written to {@code target/shc-artifacts/downloads/}
 * for the independent verifier (kill-the-clipboard) that {@code verify} runs: the file as downloaded, the PNG codes
 * as ZXing reads them, and the Apple Health link's digits.
 */
@QuarkusTest
class CardsControllerTest {

    static final Path ARTIFACTS = Path.of("target", "shc-artifacts", "downloads");
    private static final Pattern APPLE = Pattern
            .compile("href=\"https://redirect\\.health\\.apple\\.com/SMARTHealthCard/#([0-9]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CardVerifier verifier;

    @Inject
    EntityManager entityManager;

    @Inject
    Revocations revocations;

    @Test
    void theCardsPageShowsEachCardsQrCodeAndItsDownloads() {
        long john = idOf("NM-000001");

        String page = as("NM-000001").get("/people/" + john + "/cards").then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1>Your cards</h1>", "<h2 id=\"card-covid-19\">COVID-19</h2>",
                "src=\"data:image/png;base64,", "alt=\"QR code of the card: COVID-19\"",
                "/people/" + john + "/cards/covid-19.pdf", "/people/" + john + "/cards/covid-19.pdf?layout=wallet",
                "/people/" + john + "/cards/covid-19.smart-health-card", "/people/" + john + "/cards/covid-19/qr-1.png",
                "/people/" + john + "/cards/covid-19/qr-1.svg", "Add to Apple Health and Wallet", "iOS 15")
                .doesNotContain("Showing the", "Save to Google Wallet");
    }

    /** After a revocation the page says once, in plain words, that the old copies no longer pass a check. */
    @Test
    void afterARevocationTheCardsPageSaysTheOldCopiesNoLongerPassACheck() {
        String registryId = TestPeople.adultWithCards();
        String cards = "/people/" + idOf(registryId) + "/cards";
        String before = as(registryId).get(cards).asString();

        revocations.revokePerson(registryId, Optional.of(Instant.now()));

        assertThat(before).doesNotContain("were withdrawn");
        assertThat(as(registryId).get(cards).asString()).containsOnlyOnce("The earlier cards were withdrawn on")
                .contains("printouts and phone copies made before then no longer pass a check");
        assertThat(as(registryId).cookie("lang", "es").get(cards).asString())
                .contains("Las tarjetas anteriores se retiraron el");
    }

    @Test
    void theAppleLinkCarriesTheQrDigitsAndIsShownFirstOnAnIphone() throws IOException {
        long john = idOf("NM-000001");
        String iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/17.4 Mobile/15E148 Safari/604.1";

        String page = as("NM-000001").header("User-Agent", iphone).get("/people/" + john + "/cards").asString();

        Matcher apple = APPLE.matcher(page);
        assertThat(apple.find()).isTrue();
        String text = "shc:/" + apple.group(1);
        assertThat(verifier.verify(NumericQr.jws(List.of(text)), Instant.now()).valid()).isTrue();
        assertThat(page.indexOf("wallet-button")).isLessThan(page.indexOf("covid-19.pdf"));
        write("NM-000001/covid-19-apple-link/qr-1.txt", text);
    }

    @Test
    void theFileIsTheSignedCardAsAnAttachmentNamedByInitialsWithoutATrailingNewline() throws IOException {
        long john = idOf("NM-000001");

        Response file = as("NM-000001").get("/people/" + john + "/cards/covid-19.smart-health-card");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/smart-health-card");
        assertThat(file.header("Content-Disposition"))
                .matches("attachment; filename=\"JA-covid-19-\\d{4}-\\d{2}-\\d{2}\\.smart-health-card\"");
        byte[] body = file.asByteArray();
        assertThat(body[body.length - 1]).isNotEqualTo((byte) '\n');
        JsonNode credentials = JSON.readTree(body).get("verifiableCredential");
        assertThat(credentials).hasSize(1);
        assertThat(verifier.verify(credentials.get(0).asText(), Instant.now()).valid()).isTrue();
        writeArtifact("NM-000001/covid-19/card.smart-health-card", body);
    }

    @Test
    void aReloadOrASecondDownloadNeverIssuesASecondCard() {
        long john = idOf("NM-000001");
        RequestSpecification browser = as("NM-000001");
        browser.get("/people/" + john + "/cards");
        long issued = issuedCards(john);

        String first = as("NM-000001").get("/people/" + john + "/cards/covid-19.smart-health-card").asString();
        as("NM-000001").get("/people/" + john + "/cards");
        String second = as("NM-000001").get("/people/" + john + "/cards/covid-19.smart-health-card").asString();

        assertThat(second).isEqualTo(first);
        assertThat(issuedCards(john)).isEqualTo(issued);
    }

    @Test
    void eachIssuedCardIsRecordedWithKidRidAndTheHashOfItsJws() throws Exception {
        long john = idOf("NM-000001");
        String file = as("NM-000001").get("/people/" + john + "/cards/covid-19.smart-health-card").asString();
        String jws = JSON.readTree(file).get("verifiableCredential").get(0).asText();

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT kid, rid, jws_hash, card_group FROM issued_card WHERE jws = ?1").setParameter(1, jws)
                .getSingleResult());

        assertThat((String) row[0]).hasSize(43);
        assertThat((String) row[1]).hasSize(11);
        assertThat(row[2]).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(jws.getBytes(StandardCharsets.US_ASCII))));
        assertThat(row[3]).isEqualTo("COVID19");
    }

    @Test
    void theQrImagesReadBackToTheCardsText() throws IOException {
        long john = idOf("NM-000001");
        String file = as("NM-000001").get("/people/" + john + "/cards/covid-19.smart-health-card").asString();
        String jws = JSON.readTree(file).get("verifiableCredential").get(0).asText();

        Response png = as("NM-000001").get("/people/" + john + "/cards/covid-19/qr-1.png");
        Response svg = as("NM-000001").get("/people/" + john + "/cards/covid-19/qr-1.svg");

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.header("Content-Disposition")).contains("JA-covid-19-qr-1-");
        String text = QrReader.decode(png.asByteArray());
        assertThat(List.of(text)).containsExactlyElementsOf(NumericQr.texts(jws));
        assertThat(svg.contentType()).isEqualTo("image/svg+xml");
        assertThat(svg.asString()).contains("<svg");
        write("NM-000001/covid-19-png/qr-1.txt", text);
    }

    @Test
    void aLongHistoryShowsNOfMAndTheFullHistoryInChunkedCodes() throws IOException {
        long gilbert = idOf("NM-000008");

        String page = as("NM-000008").get("/people/" + gilbert + "/cards").asString();

        assertThat(page).containsPattern("Showing the \\d+ most recent of 14 doses")
                .contains("Full history: 14 doses", "Code 1 of ", "Scan all ");
        String full = as("NM-000008").get("/people/" + gilbert + "/cards/covid-19.smart-health-card?full=true")
                .asString();
        String jws = JSON.readTree(full).get("verifiableCredential").get(0).asText();
        assertThat(verifier.verify(jws, Instant.now()).valid()).isTrue();
        List<String> chunks = NumericQr.texts(jws);
        assertThat(chunks).hasSizeGreaterThan(1);
        for (int i = 1; i <= chunks.size(); i++) {
            byte[] png = as("NM-000008").get("/people/" + gilbert + "/cards/covid-19/qr-" + i + ".png?full=true")
                    .asByteArray();
            String read = QrReader.decode(png);
            assertThat(read).isEqualTo(chunks.get(i - 1));
            write("NM-000008/covid-19-full-png/qr-" + i + ".txt", read);
        }
        writeArtifact("NM-000008/covid-19-full/card.smart-health-card", full.getBytes(StandardCharsets.UTF_8));
    }

    /** Two files of one card: the page says which is for a phone wallet and which holds every dose. */
    @Test
    void aLongHistorySaysWhichFileIsForAPhoneWalletAndWhichHoldsEveryDose() throws IOException {
        long gilbert = idOf("NM-000008");
        String cards = "/people/" + gilbert + "/cards";
        String recentFile = cards + "/covid-19.smart-health-card";
        int shown = immunizations(as("NM-000008").get(recentFile).asString());
        int codes = NumericQr.texts(JSON.readTree(as("NM-000008").get(recentFile + "?full=true").asString())
                .get("verifiableCredential").get(0).asText()).size();

        String english = as("NM-000008").get(cards).asString();
        String spanish = as("NM-000008").cookie("lang", "es").get(cards).asString();

        assertThat(english).contains("href=\"" + recentFile + "\" download>SMART Health Card file: the " + shown
                + " most recent doses, in one code (for a phone wallet)</a>",
                "href=\"" + recentFile + "?full=true\" download>SMART Health Card file: all 14 doses, in " + codes
                        + " codes (for a school nurse or a doctor)</a>",
                "Which file? A phone wallet takes one code: use the file with the " + shown + " most recent doses.",
                "A school nurse or a doctor needs every dose: use the file with all 14 doses");
        assertThat(spanish).contains("href=\"" + recentFile + "\" download>Archivo SMART Health Card: las " + shown
                + " dosis más recientes, en un código (para la billetera del teléfono)</a>",
                "href=\"" + recentFile + "?full=true\" download>Archivo SMART Health Card: las 14 dosis, en " + codes
                        + " códigos (para la enfermera de la escuela o el médico)</a>",
                "¿Qué archivo? La billetera del teléfono acepta un solo código: use el archivo con las " + shown
                        + " dosis más recientes.");
    }

    /** How many doses the card of a one-card file holds, read from its signed payload. */
    private int immunizations(String file) throws IOException {
        JsonNode claims = verifier.verify(JSON.readTree(file).get("verifiableCredential").get(0).asText(),
                Instant.now()).claims();
        int count = 0;
        for (JsonNode entry : claims.path("vc").path("credentialSubject").path("fhirBundle").path("entry")) {
            count += "Immunization".equals(entry.path("resource").path("resourceType").asText()) ? 1 : 0;
        }
        return count;
    }

    @Test
    void allCardsComeInOneFile() throws IOException {
        long diego = idOf("NM-000005");
        String page = as("NM-000004").get("/people/" + diego + "/cards").asString();
        int cardsOnPage = page.split("<h2 id=\"card-", -1).length - 1;

        String file = as("NM-000004").get("/people/" + diego + "/cards/all.smart-health-card").asString();

        JsonNode credentials = JSON.readTree(file).get("verifiableCredential");
        assertThat(cardsOnPage).isGreaterThan(1);
        assertThat(credentials).hasSize(cardsOnPage);
        for (JsonNode credential : credentials) {
            assertThat(verifier.verify(credential.asText(), Instant.now()).valid()).isTrue();
        }
        writeArtifact("NM-000005/all/card.smart-health-card", file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGuardianGetsAChildsCardsAndNobodyElses() {
        long diego = idOf("NM-000005");

        assertThat(as("NM-000004").get("/people/" + diego + "/cards").asString()).contains("<h1>Cards for D. Q.-B.</h1>");
        assertThat(as("NM-000004").get("/people/" + idOf("NM-000007") + "/cards/all.smart-health-card").statusCode())
                .isEqualTo(404);
        assertThat(as("NM-000001").get("/people/" + diego + "/cards").statusCode()).isEqualTo(404);
        assertThat(as("NM-000001").get("/people/" + idOf("NM-000002") + "/cards/mpox.smart-health-card").statusCode())
                .isEqualTo(404);
        assertThat(as("NM-000001").get("/people/" + idOf("NM-000001") + "/cards/no-such-card.smart-health-card")
                .statusCode()).isEqualTo(404);
        assertThat(as("NM-000001").get("/people/" + idOf("NM-000001") + "/cards/covid-19/qr-2.png").statusCode())
                .isEqualTo(404);
    }

    @Test
    void downloadsAreWrittenToTheAudit() {
        long john = idOf("NM-000001");
        as("NM-000001").get("/people/" + john + "/cards/covid-19/qr-1.svg");

        AuditEvent last = AuditTrail.lastOf(AuditAction.CARD_DOWNLOADED);

        assertThat(last.subjectPersonId).isEqualTo(john);
        assertThat(last.actorPersonId).isEqualTo(john);
        assertThat(last.reason).isEqualTo("svg covid-19");
    }

    static RequestSpecification as(String registryId) {
        return given().redirects().follow(false).cookie(TestSessions.COOKIE, TestSessions.signIn(registryId));
    }

    private long issuedCards(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM issued_card WHERE person_id = ?1").setParameter(1, personId)
                .getSingleResult()).longValue());
    }

    /** A case for the independent verifier, with the issuer's keys at the root of the downloads folder. */
    static void writeArtifact(String relative, byte[] content) throws IOException {
        Path file = ARTIFACTS.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        Files.writeString(ARTIFACTS.resolve("jwks.json"), given().get("/.well-known/jwks.json").asString());
    }

    static void write(String relative, String text) throws IOException {
        writeArtifact(relative, text.getBytes(StandardCharsets.US_ASCII));
    }
}
