package org.shcportal.healthlinks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.cards.CardGroup;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.qr.QrReader;
import org.shcportal.registry.Person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The resident's SMART Health Link pages: making a link for oneself or a child, the form's refusals, the link's page
 * with a QR code that scans to exactly the link, its printable page, stopping it, the list, who opened it, and the
 * offer on the cards page and the printed card of a history too long for one code.
 */
@QuarkusTest
class LinkPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QR_IMAGE = Pattern.compile("<img class=\"qr\" src=\"data:image/png;base64,([^\"]+)\"");
    private static final Pattern URL_FIELD = Pattern.compile("id=\"link-url\" type=\"text\" value=\"([^\"]+)\"");
    private static final Pattern CARD_OPTION = Pattern.compile("<option value=\"([a-z0-9-]+)\"");
    private static final float DPI = 300;

    @Test
    void aResidentMakesALinkOfAllCardsAndItsCodeScansToExactlyTheViewerUrl() {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new").then().statusCode(200);

        Response created = john.post("/people/" + johnId + "/links", form("ALL_CARDS", "", "", "MONTH",
                "School nurse", true));

        created.then().statusCode(303);
        long linkId = TestLinks.linkIdOf(created);
        HealthLink link = TestLinks.stored(linkId);
        assertThat(link.personId).isEqualTo(johnId);
        assertThat(link.createdBy).isEqualTo(johnId);
        assertThat(link.content).isEqualTo("ALL_CARDS");
        assertThat(link.stayCurrent).isTrue();
        assertThat(link.hasPasscode()).isFalse();
        String page = john.get(created.header("Location")).then().statusCode(200).extract().asString();
        String viewerUrl = TestLinks.viewerUrl(link);
        assertThat(page).contains("<h1>Link: School nurse</h1>", "All cards", "Active", "value=\"" + viewerUrl + "\"",
                "Who opened it", "Nobody has opened this link yet.", "/links/" + linkId + ".pdf");
        assertThat(viewerUrl).matches("https://.+/shl#shlink:/[A-Za-z0-9_-]+");
        assertThat(unescape(field(URL_FIELD, page))).isEqualTo(viewerUrl);
        assertThat(QrReader.decode(Base64.getDecoder().decode(field(QR_IMAGE, page)))).isEqualTo(viewerUrl);
        JsonNode payload = payload(viewerUrl);
        assertThat(payload.get("label").asText()).isEqualTo("School nurse");
        assertThat(payload.get("flag").asText()).contains("L").doesNotContain("P");

        Response png = john.get("/people/" + johnId + "/links/" + linkId + "/qr.png");
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(AuditTrail.lastOf(AuditAction.CARD_DOWNLOADED).reason).isEqualTo("link png " + linkId);
        assertThat(QrReader.decode(png.asByteArray())).isEqualTo(viewerUrl);
        Response svg = john.get("/people/" + johnId + "/links/" + linkId + "/qr.svg");
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.asString()).startsWith("<svg");
        assertThat(page).contains("<script src=\"/static/js/copy-link.js\" defer></script>");
        given().get("/static/js/copy-link.js").then().statusCode(200);
    }

    @Test
    void aGuardianMakesALinkOfOneCardOfAChildWithAPasscode() {
        Browser mother = as("NM-000004");
        long motherId = idOf("NM-000004");
        long diego = idOf("NM-000005");
        String form = mother.get("/people/" + diego + "/links/new").then().statusCode(200).extract().asString();
        assertThat(form).contains("for the records of D. Q.-B.", "<legend class=\"legend\">What does the link share?</legend>",
                "<label class=\"label\" for=\"passcode\">Passcode (optional)</label>", "6 to 64 characters",
                "After 5 wrong tries");
        String card = field(CARD_OPTION, form);

        Response created = mother.post("/people/" + diego + "/links", form("ONE_CARD", card, "tortuga-42", "WEEK",
                "Camp Diego", false));

        created.then().statusCode(303);
        HealthLink link = TestLinks.stored(TestLinks.linkIdOf(created));
        assertThat(link.personId).isEqualTo(diego);
        assertThat(link.createdBy).isEqualTo(motherId);
        assertThat(link.content).isEqualTo("ONE_CARD");
        assertThat(CardGroup.valueOf(link.cardGroup).slug()).isEqualTo(card);
        assertThat(link.hasPasscode()).isTrue();
        String page = mother.get(created.header("Location")).then().statusCode(200).extract().asString();
        assertThat(page).contains("One card: ", "knows the passcode", "Yes: asked for before it opens",
                "No: it gives the cards as they were when it was made").doesNotContain("tortuga-42");
        assertThat(payload(TestLinks.viewerUrl(link)).get("flag").asText()).isEqualTo("P");
    }

    @Test
    void someoneElsesPersonAndSomeoneElsesLinkAreNotFoundAndNothingIsMade() {
        Browser mother = as("NM-000004");
        long diego = idOf("NM-000005");
        mother.get("/people/" + diego + "/links/new");
        long diegosLink = TestLinks.linkIdOf(mother.post("/people/" + diego + "/links", form("ALL_CARDS", "", "", "YEAR",
                "Doctor", false)));
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long before = linksOf(diego);

        assertThat(john.get("/people/" + diego + "/links").statusCode()).isEqualTo(404);
        assertThat(john.get("/people/" + diego + "/links/new").statusCode()).isEqualTo(404);
        assertThat(john.post("/people/" + diego + "/links", form("ALL_CARDS", "", "", "YEAR", "Mine now", false))
                .statusCode()).isEqualTo(404);
        assertThat(john.get("/people/" + diego + "/links/" + diegosLink).statusCode()).isEqualTo(404);
        assertThat(john.get("/people/" + johnId + "/links/" + diegosLink).statusCode()).isEqualTo(404);
        assertThat(john.get("/people/" + johnId + "/links/" + diegosLink + "/qr.png").statusCode()).isEqualTo(404);
        assertThat(john.get("/people/" + johnId + "/links/" + diegosLink + ".pdf").statusCode()).isEqualTo(404);
        assertThat(john.post("/people/" + johnId + "/links/" + diegosLink + "/deactivate", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(linksOf(diego)).isEqualTo(before);
        assertThat(TestLinks.stored(diegosLink).deactivatedAt).isNull();
    }

    @Test
    void aResidentsOwnLinkIsNeverOnAFamilyPack() {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        String ownForm = john.get("/people/" + johnId + "/links/new").then().statusCode(200).extract().asString();
        assertThat(ownForm).doesNotContain("family-pack");
        Map<String, String> onPack = form("ALL_CARDS", "", "", "YEAR", "Mine", false);
        onPack.put("family-pack", "on");

        HealthLink link = TestLinks.stored(TestLinks.linkIdOf(john.post("/people/" + johnId + "/links", onPack)));

        assertThat(link.onFamilyPack).isFalse();
        assertThat(john.get("/people/" + johnId + "/links/" + link.id).asString()).doesNotContain("family pack");
    }

    @Test
    void eachBadInputIsExplainedWithTheOtherValuesKeptAndNothingIsMade() {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long before = linksOf(johnId);

        assertThat(refused(john, form(null, "", "", "MONTH", "Kept label", false)))
                .contains("<a href=\"#content-one-card\">Choose what the link shares.</a>", "value=\"Kept label\"",
                        "id=\"content-error\"");
        assertThat(refused(john, form("ONE_CARD", "", "", "MONTH", "Kept label", false)))
                .contains("<a href=\"#card\">Choose the card to share.</a>", "aria-invalid=\"true\"");
        assertThat(refused(john, form("ONE_CARD", "no-such-card", "", "MONTH", "Kept", false)))
                .contains("<a href=\"#card\">");
        assertThat(refused(john, form("ALL_CARDS", "", "12345", "MONTH", "Kept label", true)))
                .contains("<a href=\"#passcode\">The passcode needs at least 6 characters.</a>",
                        "aria-describedby=\"passcode-hint passcode-error passcode-retype\"",
                        "the passcode is not shown again",
                        "id=\"stay-current\" name=\"stay-current\" type=\"checkbox\" value=\"on\" aria-describedby=\"stay-current-hint\" checked",
                        "id=\"content-all-cards\" name=\"content\" value=\"ALL_CARDS\" aria-describedby=\"content-all-cards-hint\" checked")
                .doesNotContain("12345");
        String huge = "p".repeat(10_000);
        assertThat(refused(john, form("ALL_CARDS", "", huge, "MONTH", "Kept label", false)))
                .contains("The passcode can have at most 64 characters.").doesNotContain(huge);
        assertThat(refused(john, form("ALL_CARDS", "", "", "FOREVER", "Kept label", false)))
                .contains("<a href=\"#expiry-week\">Choose how long the link works.</a>");
        assertThat(refused(john, form("ALL_CARDS", "", "", "MONTH", "   ", false)))
                .contains("<a href=\"#label\">Give the link a name");
        String longLabel = "x".repeat(81);
        assertThat(refused(john, form("ALL_CARDS", "", "", "MONTH", longLabel, false)))
                .contains("The name can have at most 80 characters.", "value=\"" + longLabel + "\"",
                        "aria-describedby=\"label-hint label-error\"");
        assertThat(refused(john, form(null, "", "", "MONTH", "<b>bold</b> \"quoted\"", false)))
                .contains("value=\"&lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;\"").doesNotContain("<b>bold");
        assertThat(john.post("/people/" + johnId + "/links", form("ALL_CARDS", "", "", "MONTH", "bell\u0007", false))
                .statusCode()).isEqualTo(400);
        assertThat(linksOf(johnId)).isEqualTo(before);
    }

    @Test
    void aPersonWithNothingOnRecordIsToldThereIsNothingToShareAndNothingIsMade() {
        String registryId = "NM-L" + System.nanoTime() % 100_000_000;
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.registryId = registryId;
            person.familyName = "Sinregistro";
            person.givenName = "Ana";
            person.birthDate = LocalDate.of(1980, 5, 6);
            person.sex = Person.Sex.F;
            person.persist();
            return person.id;
        });
        Browser ana = as(registryId);
        ana.get("/people/" + id + "/links/new").then().statusCode(200);

        Response response = ana.post("/people/" + id + "/links", form("ALL_CARDS", "", "", "MONTH", "Nothing", false));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("There is a problem",
                "<a href=\"#content-one-card\">There is nothing to share yet", "value=\"Nothing\"");
        assertThat(linksOf(id)).isZero();
    }

    @Test
    void withoutTheCsrfTokenNothingIsMade() {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        long before = linksOf(johnId);
        Response forged = john.postWithoutCsrf("/people/" + johnId + "/links", form("ALL_CARDS", "", "", "MONTH",
                "Forged", false));
        assertThat(forged.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
        assertThat(linksOf(johnId)).isEqualTo(before);
    }

    @Test
    void stoppingALinkAsksFirstThenEndsItAtOnceAndItsCodeIsNoLongerGivenOut() {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long linkId = TestLinks.linkIdOf(john.post("/people/" + johnId + "/links", form("EVERYTHING", "", "", "YEAR",
                "Old doctor", false)));
        String base = "/people/" + johnId + "/links/" + linkId;
        assertThat(john.get(base).asString()).contains("href=\"" + base + "/deactivate\">Stop this link</a>");

        String question = john.get(base + "/deactivate").then().statusCode(200).extract().asString();
        assertThat(question).contains("Stop the link &quot;Old doctor&quot;?", "This cannot be undone",
                "method=\"post\" action=\"" + base + "/deactivate\"");
        assertThat(TestLinks.stored(linkId).deactivatedAt).isNull();
        Response stopped = john.post(base + "/deactivate", Map.of());

        stopped.then().statusCode(303);
        assertThat(stopped.header("Location")).endsWith(base + "?stopped=1");
        assertThat(TestLinks.stored(linkId).deactivatedAt).isNotNull();
        String page = john.get(stopped.header("Location")).then().statusCode(200).extract().asString();
        assertThat(page).contains("The link was stopped.", "<dd>Stopped</dd>",
                "This link no longer works, so its QR code is not shown.")
                .doesNotContain("shlink:/", "<img class=\"qr\"", "/deactivate\">Stop this link");
        assertThat(john.get(base + "/qr.png").statusCode()).isEqualTo(404);
        assertThat(john.get(base + ".pdf").statusCode()).isEqualTo(404);
        assertThat(john.post(base + "/deactivate", Map.of()).statusCode()).isEqualTo(303);
    }

    @Test
    void theListShowsEachLinkNewestFirstWithWhatItSharesItsEndAndItsState() {
        String registryId = org.shcportal.fixtures.TestPeople.adultWithCards();
        Browser resident = as(registryId);
        long id = idOf(registryId);
        assertThat(resident.get("/people/" + id + "/links").asString()).contains("No links yet.",
                "href=\"/people/" + id + "/links/new\"");
        long first = TestLinks.linkIdOf(resident.post("/people/" + id + "/links", form("ALL_CARDS", "", "", "NONE",
                "First link", false)));
        long second = TestLinks.linkIdOf(resident.post("/people/" + id + "/links", form("EVERYTHING", "", "", "WEEK",
                "Second link", false)));
        resident.post("/people/" + id + "/links/" + first + "/deactivate", Map.of());

        String list = resident.get("/people/" + id + "/links").then().statusCode(200).extract().asString();

        assertThat(list.indexOf("Second link")).isPositive().isLessThan(list.indexOf("First link"));
        assertThat(list).contains("<a href=\"/people/" + id + "/links/" + second + "\">Second link</a>",
                "\">All cards and the whole record, lab results included</td>", "\">No end date</td>",
                "<span class=\"status link-active\">Active</span>",
                "<span class=\"status link-deactivated\">Stopped</span>");
    }

    @Test
    void everyAccessIsListedNewestFirstWithItsRecipientTimeAndAnswer() {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long linkId = TestLinks.linkIdOf(john.post("/people/" + johnId + "/links", form("ALL_CARDS", "", "secret-77", "MONTH",
                "Clinic", false)));
        access(linkId, "Dr. <Ada>", Instant.parse("2026-03-01T15:04:00Z"), false);
        access(linkId, "Dr. <Ada>", Instant.parse("2026-03-01T15:05:00Z"), true);

        String page = john.get("/people/" + johnId + "/links/" + linkId).then().statusCode(200).extract().asString();

        assertThat(page).contains("\">Dr. &lt;Ada&gt;</td>", "\">Opened</td>", "\">Refused</td>",
                "\">Mar 1, 2026, 8:05", "\">Mar 1, 2026, 8:04").doesNotContain("Nobody has opened this link yet.");
        assertThat(page.indexOf("\">Opened</td>")).isLessThan(page.indexOf("\">Refused</td>"));
    }

    @Test
    void aReceiversWrongAndRightPasscodeShowAsRefusedAndOpenedOnTheLinksPage() {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long linkId = TestLinks.linkIdOf(john.post("/people/" + johnId + "/links", form("ALL_CARDS", "", "secret-77", "MONTH",
                "Pharmacy", false)));
        String manifest = payload(TestLinks.viewerUrl(TestLinks.stored(linkId))).get("url").asText()
                .replaceFirst("^https://[^/]+", "");

        given().contentType("application/json").body("{\"recipient\":\"Rio Grande Pharmacy\",\"passcode\":\"wrong-1\"}")
                .post(manifest).then().statusCode(401);
        given().contentType("application/json").body("{\"recipient\":\"Rio Grande Pharmacy\",\"passcode\":\"secret-77\"}")
                .post(manifest).then().statusCode(200);

        String page = john.get("/people/" + johnId + "/links/" + linkId).then().statusCode(200).extract().asString();
        assertThat(page).contains("\">Rio Grande Pharmacy</td>", "\">Opened</td>", "\">Refused</td>");
        assertThat(page.indexOf("\">Opened</td>")).isLessThan(page.indexOf("\">Refused</td>"));
    }

    @Test
    void thePrintablePageIsATaggedPdfWhoseCodeScansToTheLink() throws IOException {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long linkId = TestLinks.linkIdOf(john.post("/people/" + johnId + "/links", form("ALL_CARDS", "", "", "YEAR",
                "Travel", false)));
        String viewerUrl = TestLinks.viewerUrl(TestLinks.stored(linkId));

        Response response = john.get("/people/" + johnId + "/links/" + linkId + ".pdf");

        assertThat(response.contentType()).isEqualTo("application/pdf");
        // Kept for people to look at, like the cards' PDFs (CardPdfTest).
        Files.createDirectories(Path.of("target", "pdf-downloads"));
        Files.write(Path.of("target", "pdf-downloads", "john-link.pdf"), response.asByteArray());
        assertThat(response.header("Content-Disposition")).matches("attachment; filename=\".*link-" + linkId
                + ".*\\.pdf\"");
        try (PDDocument pdf = PdfInspection.load(response.asByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfInspection.text(pdf)).contains("SMART Health Link of John B. Anyperson: Travel",
                    "Scan this code with a phone camera", "All cards", "1-800-555-0199");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("en");
            assertThat(PdfInspection.scanQrCodes(pdf, 0, DPI)).containsExactly(viewerUrl);
            assertThat(PdfInspection.images(pdf, 0)).singleElement()
                    .satisfies(image -> assertThat(image.widthMm()).isGreaterThanOrEqualTo(40));
        }
        byte[] spanish = given().redirects().follow(false).cookie(TestSessions.COOKIE, TestSessions.signIn("NM-000001"))
                .cookie("lang", "es").get("/people/" + johnId + "/links/" + linkId + ".pdf").asByteArray();
        try (PDDocument pdf = PdfInspection.load(spanish)) {
            assertThat(PdfInspection.text(pdf)).contains("SMART Health Link de John B. Anyperson: Travel",
                    "Escanee este código");
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("es");
        }
    }

    @Test
    void aLabelTheFontsCannotPrintIsLeftOffThePrintedPage() throws IOException {
        Browser john = as("NM-000001");
        long johnId = idOf("NM-000001");
        john.get("/people/" + johnId + "/links/new");
        long linkId = TestLinks.linkIdOf(john.post("/people/" + johnId + "/links", form("ALL_CARDS", "", "", "WEEK",
                "Abuela \uD83D\uDC75", false)));

        Response response = john.get("/people/" + johnId + "/links/" + linkId + ".pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = PdfInspection.load(response.asByteArray())) {
            assertThat(PdfInspection.text(pdf)).contains("SMART Health Link of John B. Anyperson")
                    .doesNotContain("Abuela");
            assertThat(PdfInspection.scanQrCodes(pdf, 0, DPI)).containsExactly(TestLinks.viewerUrl(TestLinks.stored(linkId)));
        }
    }

    @Test
    void theCardsPageOffersOneCodeForTheWholeHistoryOnlyWhereTheHistoryDoesNotFit() {
        long gilbert = idOf("NM-000008");
        String long_ = as("NM-000008").get("/people/" + gilbert + "/cards").then().statusCode(200).extract()
                .asString();
        assertThat(long_).containsPattern("Showing the \\d+ most recent of 14 doses")
                .contains("href=\"/people/" + gilbert + "/links/new?content=ALL_CARDS\">One code for the whole history</a>",
                        "href=\"/people/" + gilbert + "/links/new\">Share with one link</a>");
        long johnId = idOf("NM-000001");
        String short_ = as("NM-000001").get("/people/" + johnId + "/cards").then().statusCode(200).extract()
                .asString();
        assertThat(short_).contains("href=\"/people/" + johnId + "/links/new\">Share with one link</a>",
                "href=\"/people/" + johnId + "/links\">Shared links</a>")
                .doesNotContain("One code for the whole history");

        String preselected = as("NM-000008").get("/people/" + gilbert + "/links/new?content=ALL_CARDS").asString();
        assertThat(preselected).contains("value=\"ALL_CARDS\" aria-describedby=\"content-all-cards-hint\" checked");
        assertThat(as("NM-000008").get("/people/" + gilbert + "/links/new").asString())
                .doesNotContain("value=\"ALL_CARDS\" aria-describedby=\"content-all-cards-hint\" checked");
    }

    @Test
    void thePrintedCardOfAHistoryTooLongPointsToTheOneCodeOption() throws IOException {
        long gilbert = idOf("NM-000008");
        byte[] body = as("NM-000008").get("/people/" + gilbert + "/cards/covid-19.pdf").asByteArray();
        try (PDDocument pdf = PdfInspection.load(body)) {
            assertThat(PdfInspection.text(pdf).replaceAll("\\s+", " "))
                    .containsPattern("Showing the \\d+ most recent of 14 doses")
                    .contains("choose \"One code for the whole history\" (a SMART Health Link)");
        }
        long johnId = idOf("NM-000001");
        byte[] john = as("NM-000001").get("/people/" + johnId + "/cards/covid-19.pdf").asByteArray();
        try (PDDocument pdf = PdfInspection.load(john)) {
            assertThat(PdfInspection.text(pdf)).doesNotContain("One code for the whole history");
        }
    }

    @Test
    void theAccountPageLeadsToTheSharedLinks() {
        long johnId = idOf("NM-000001");
        assertThat(as("NM-000001").get("/account").asString()).contains(
                "<a href=\"/people/" + johnId + "/links\">See your shared links</a>");
    }

    @Test
    void inSpanishTheFormItsErrorsAndTheLinkPageAreSpanish() {
        Browser john = as("NM-000001");
        john.setCookie("lang", "es");
        long johnId = idOf("NM-000001");
        assertThat(john.get("/people/" + johnId + "/links/new").asString()).contains("<html lang=\"es\"",
                "<h1>Compartir con un enlace</h1>", "¿Qué comparte el enlace?", "Clave (opcional)",
                "Hasta que yo lo detenga", "Mantenerlo al día");
        assertThat(refused(john, form("ALL_CARDS", "", "123", "MONTH", "", false))).contains("Hay un problema",
                "La clave necesita al menos 6 caracteres.", "Dé un nombre al enlace");
        Response created = john.post("/people/" + johnId + "/links", form("ALL_CARDS", "", "", "NONE", "Escuela",
                false));
        String page = john.get(created.header("Location")).asString();
        assertThat(page).contains("<h1>Enlace: Escuela</h1>", "Todas las tarjetas", "<dd>Activo</dd>",
                "Sin fecha de fin", "Quién lo abrió", "Dirección web del enlace");
        assertThat(john.get("/people/" + johnId + "/links").asString()).contains("Sus enlaces compartidos");
        long gilbert = idOf("NM-000008");
        Browser gilbertEs = as("NM-000008");
        gilbertEs.setCookie("lang", "es");
        assertThat(gilbertEs.get("/people/" + gilbert + "/cards").asString()).contains(
                ">Un código para toda la historia</a>", ">Compartir con un enlace</a>", ">Enlaces compartidos</a>");
    }

    private static Browser as(String registryId) {
        Browser browser = new Browser();
        browser.setCookie(TestSessions.COOKIE, TestSessions.signIn(registryId));
        return browser;
    }

    /** Posts the form from its own page first, as a browser would, so that the CSRF token is the page's. */
    private static String refused(Browser browser, Map<String, String> form) {
        String path = "/people/" + idOf("NM-000001") + "/links";
        Response response = browser.post(path, form);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        String page = response.asString();
        assertThat(page).containsPattern("<title>(Error|Error): ").contains("class=\"error-summary\"");
        return page;
    }

    private static Map<String, String> form(String content, String card, String passcode, String expiry,
            String label, boolean stayCurrent) {
        Map<String, String> form = new LinkedHashMap<>();
        if (content != null) {
            form.put("content", content);
        }
        form.put("card", card);
        form.put("passcode", passcode);
        form.put("expiry", expiry);
        form.put("label", label);
        if (stayCurrent) {
            form.put("stay-current", "on");
        }
        return form;
    }

    /** One request of the link, as the manifest endpoint records it. */
    private static void access(long linkId, String recipient, Instant at, boolean accepted) {
        QuarkusTransaction.requiringNew().run(() -> {
            HealthLinkAccess access = new HealthLinkAccess();
            access.linkId = linkId;
            access.recipient = recipient;
            access.at = at;
            access.accepted = accepted;
            access.persist();
        });
    }

    private static long linksOf(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> HealthLink.count("personId", personId));
    }

    /** The decoded payload of a viewer URL: the JSON after {@code #shlink:/}. */
    private static JsonNode payload(String viewerUrl) {
        String encoded = viewerUrl.substring(viewerUrl.indexOf("shlink:/") + "shlink:/".length());
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String field(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
