package org.shcportal.checking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.shcportal.cards.Card;
import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.HealthCardFile;
import org.shcportal.cards.IssuerSettings;
import org.shcportal.crl.Revocations;
import org.shcportal.fixtures.LogCapture;
import org.shcportal.fixtures.ShcExamples;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;
import org.shcportal.registry.PersonRecords;
import org.shcportal.web.RegistryConfig;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** "Check my card", from a visitor's browser: our cards, another issuer's, damaged ones and bad input. */
@QuarkusTest
class CheckControllerTest {

    private static final String JOHN = "NM-000001";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** Every table but rate_limit_counter, which counts checks per keyed hash of an address and holds no card. */
    private static final List<String> TABLES = List.of("person", "immunization", "lab_result", "revocation_list",
            "revocation_entry", "vaccine_code", "audit_event", "sign_in_code", "sign_in_challenge",
            "resident_session", "outbound_message", "correction_request");

    @Inject
    CardIssuer issuer;

    @Inject
    PersonRecords records;

    @Inject
    Revocations revocations;

    @Inject
    IssuerSettings settings;

    @Inject
    KeyRing keys;

    @Inject
    RidSecret ridSecret;

    @Inject
    RegistryConfig registry;

    @Test
    void theFormIsPublicWithAFileFieldATextFieldAndItsCsrfTokenAndNoInlineScript() {
        Response page = given().get("/check");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.asString()).contains("<h1>Check a SMART Health Card</h1>",
                "enctype=\"multipart/form-data\"", "type=\"file\" id=\"file\" name=\"file\" multiple",
                "<textarea id=\"text\" name=\"text\"", "name=\"csrf-token\"", "We do not keep what you check")
                .doesNotContain("<script>", "style=").doesNotContainPattern("<script(?! src=\"/static/)");
    }

    @Test
    void ourCardAsAFileIsValidAndShowsTheNameBirthDateAndDoses() {
        Card card = johnsCovidCard();

        Response result = new Visitor().postFile("card.smart-health-card", HealthCardFile.of(List.of(card.jws())),
                HealthCardFile.MEDIA_TYPE);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.header("Cache-Control")).isEqualTo("no-store");
        assertThat(result.asString()).contains("<h2 id=\"card-1\">Valid card</h2>", "check-result check-valid",
                registry.name() + " issued this card, its signature is valid and it has not been revoked",
                "Valid, made with our key", "Not revoked", "Does not expire",
                registry.name() + " (" + settings.iss() + ")", "<h3>What the card says</h3>", "John B. Anyperson",
                "<time datetime=\"1951-01-20\">January 20, 1951</time>", "Moderna COVID-19 Vaccine",
                "<time datetime=\"2021-01-01\">January 1, 2021</time>", "ABC General Hospital", "Check another card");
    }

    @Test
    void ourCardAsAPictureOfItsQrCodeIsValid() {
        Card card = johnsCovidCard();
        byte[] png = QrPng.render(QrSymbol.encode(card.qrTexts().get(0)), 4);

        Response result = new Visitor().postFile("screenshot.png", png, "image/png");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.asString()).contains("Valid card", "John B. Anyperson");
    }

    @Test
    void ourCardsPastedQrTextIsValid() {
        Card card = johnsCovidCard();

        Response result = new Visitor().postText("  \r\n" + card.qrTexts().get(0) + "\r\n");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.asString()).contains("Valid card", "John B. Anyperson", "January 20, 1951");
    }

    @Test
    void aCardWithAChangedSignatureOrPayloadIsNotValid() {
        String jws = johnsCovidCard().jws();
        String signatureChanged = flip(jws, jws.length() - 10);
        String payloadChanged = flip(jws, jws.indexOf('.') + 40);

        for (String tampered : List.of(signatureChanged, payloadChanged)) {
            Response result = new Visitor().postText(tampered);

            assertThat(result.statusCode()).isEqualTo(200);
            assertThat(result.asString()).contains("<h2 id=\"card-1\">Not valid</h2>", "check-result check-invalid",
                    "its signature does not match", "Does not match").doesNotContain("Valid card");
        }
        assertThat(new Visitor().postText(signatureChanged).asString())
                .contains("What the card says (not verified by us)", "John B. Anyperson");
    }

    @Test
    void anOlderCardOfAPersonWhoseCardsWereRevokedIsRevoked() {
        Instant lastYear = Instant.parse("2025-03-01T12:00:00Z");
        CardIssuer before = new CardIssuer(settings, keys.active(), ridSecret, Clock.fixed(lastYear, ZoneOffset.UTC));
        Card older = before.issue(records.of(JOHN).orElseThrow()).get(0).qr();
        revocations.revokePerson(JOHN, Optional.of(lastYear.plusSeconds(1)));

        Response result = new Visitor().postText(older.qrTexts().get(0));

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.asString()).contains("Not valid", registry.name() + " has withdrawn this card (it is revoked)",
                "Revoked",
                "Valid, made with our key", "<h3>What the card says</h3>", "March 1, 2025");
        assertThat(new Visitor().postText(johnsCovidCard().qrTexts().get(0)).asString()).contains("Valid card");
    }

    @Test
    void theSpecsExampleCardIsReadButNotOneOfOurs() throws IOException {
        byte[] file = Files.readAllBytes(ShcExamples.FOLDER.resolve("example-00-e-file.smart-health-card"));

        Response result = new Visitor().postFile("example-00-e-file.smart-health-card", file,
                HealthCardFile.MEDIA_TYPE);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.asString()).contains("<h2 id=\"card-1\">Not one of our cards</h2>", "check-foreign",
                "This card says it was issued by " + ShcExamples.ISS, "we did not contact that issuer",
                ShcExamples.ISS + ", not us", "Not checked", "What the card says (not verified by us)",
                "John B. Anyperson", "January 20, 1951", "(as the card says)")
                .doesNotContain("Valid card", "Not valid");
    }

    @Test
    void aCardFromAnotherIssuerNamesItsVaccinesByTheirUsNameInEnglishAndSpanish() throws IOException {
        byte[] file = Files.readAllBytes(ShcExamples.FOLDER.resolve("example-00-e-file.smart-health-card"));

        String english = new Visitor().postFile("example-00-e-file.smart-health-card", file,
                HealthCardFile.MEDIA_TYPE).asString();
        String spanish = new Visitor("es").postFile("example-00-e-file.smart-health-card", file,
                HealthCardFile.MEDIA_TYPE).asString();

        assertThat(english).contains("Moderna COVID-19 Vaccine, Bivalent").doesNotContain("Spikevax", "non-US");
        assertThat(spanish).contains("Vacuna contra el COVID-19 de Moderna",
                "Vacuna bivalente contra el COVID-19 de Moderna").doesNotContain("Spikevax", "Moderna COVID-19 Vaccine");
    }

    @Test
    void aCardSplitAcrossThreeQrCodesNeedsAllThree() {
        List<String> chunks = List.of(ShcExamples.read("example-02-f-qr-code-numeric-value-0.txt"),
                ShcExamples.read("example-02-f-qr-code-numeric-value-1.txt"),
                ShcExamples.read("example-02-f-qr-code-numeric-value-2.txt"));

        Response twoOfThree = new Visitor().postText(chunks.get(2) + "\n" + chunks.get(0));
        Response all = new Visitor().postText(String.join("\n", chunks.get(1), chunks.get(2), chunks.get(0)));
        Response pictures = new Visitor().postFiles(chunks.stream()
                .map(text -> QrPng.render(QrSymbol.encode(text), 4)).toList());

        assertThat(twoOfThree.statusCode()).isEqualTo(400);
        assertThat(twoOfThree.asString()).contains("You gave 2 of the 3 QR codes of this card",
                "Add the missing one (number 2)", "id=\"text-error\"");
        for (Response complete : List.of(all, pictures)) {
            assertThat(complete.statusCode()).isEqualTo(200);
            assertThat(complete.asString()).contains("Not one of our cards", "Lab results",
                    "scope=\"row\">Lab test (LOINC 2887-8)</th><td data-label=\"Result\">Negative</td>",
                    "Acme Laboratory, Inc");
        }
    }

    @Test
    void badInputIsExplainedNextToItsFieldWithA400() throws IOException {
        Map<String, Response> answers = new HashMap<>();
        answers.put("Choose a file or a picture, or paste the text of a QR code.", new Visitor().postEmpty());
        answers.put("This is not the text of a SMART Health Card QR code",
                new Visitor().postText("hello <b>world</b> shc:/12345"));
        answers.put("This file is not a SMART Health Card. Choose a .smart-health-card file",
                new Visitor().postFile("report.pdf", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(
                        StandardCharsets.ISO_8859_1), "application/pdf"));
        answers.put("We could not find a QR code in this picture", new Visitor().postFile("blank.png", blankPng(),
                "image/png"));
        answers.put("This does not hold a SMART Health Card: no card was found in it.",
                new Visitor().postFile("other.json", "{\"resourceType\":\"Bundle\",\"entry\":[]}"
                        .getBytes(StandardCharsets.UTF_8), "application/json"));
        answers.put("Choose a file or paste text, not both.",
                new Visitor().request().multiPart("file", "a.png", blankPng(), "image/png").multiPart("text", "shc:/00")
                        .post("/check"));

        answers.forEach((message, answer) -> {
            assertThat(answer.statusCode()).as(message).isEqualTo(400);
            assertThat(answer.asString()).as(message).contains(message, "There is a problem", "<title>Error: ",
                    "aria-invalid=\"true\"", "class=\"field-error\"").doesNotContain("<b>world</b>");
        });
    }

    @Test
    void overAChecksLimitsThePageSaysWhichInEnglishAndSpanish() throws IOException {
        byte[] largeFile = HealthCardFile.of(List.of(johnsCovidCard().jws() + " ".repeat(300 * 1024)));
        List<byte[]> elevenPictures = Collections.nCopies(CardInput.MAX_PICTURES + 1, blankPng());

        Response file = new Visitor().postFile("card.smart-health-card", largeFile, HealthCardFile.MEDIA_TYPE);
        Response fileEs = new Visitor("es").postFile("card.smart-health-card", largeFile, HealthCardFile.MEDIA_TYPE);
        Response pictures = new Visitor().postFiles(elevenPictures);
        Response picturesEs = new Visitor("es").postFiles(elevenPictures);

        assertThat(file.statusCode()).isEqualTo(413);
        assertThat(file.asString()).contains("This file is too large to be a SMART Health Card file",
                "id=\"file-error\"");
        assertThat(fileEs.asString()).contains("Este archivo es demasiado grande para ser un archivo de tarjeta");
        assertThat(pictures.statusCode()).isEqualTo(400);
        assertThat(pictures.asString()).contains("Choose at most 10 pictures at a time.", "id=\"file-error\"");
        assertThat(picturesEs.asString()).contains("Elija como máximo 10 imágenes a la vez.");
    }

    @Test
    void a20MegabyteUploadFromABrowserGetsOurPageSayingItIsTooLarge() throws Exception {
        byte[] photo = jpegOf(20 * 1024 * 1024);
        Visitor visitor = new Visitor();
        visitor.form();

        HttpResponse<String> tooLarge = visitor.postLikeABrowser("photo.jpg", photo);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(tooLarge.body()).contains("The file is too large", "<h1>Check a SMART Health Card</h1>",
                "id=\"file-error\"", "<title>Error: ");
    }

    @Test
    void aClientWaitingForTheGoAheadToSend20MegabytesIsAnsweredAtOnce() throws IOException {
        Visitor visitor = new Visitor();
        visitor.form();

        String answer = visitor.askToSend(20 * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("The file is too large", "id=\"file-error\"");
    }

    @Test
    void aLargeUploadSentWithoutALengthGetsTheSamePage() {
        Response answer = new Visitor().postFile("photo.jpg", jpegOf(7 * 1024 * 1024), "image/jpeg");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.asString()).contains("The file is too large", "id=\"file-error\"");
    }

    @Test
    void aBodyThatIsNoFormGetsThePageAtOnce() throws Exception {
        Visitor visitor = new Visitor();
        visitor.form();

        HttpResponse<String> answer = visitor.postRaw("multipart/form-data; boundary=xyz", "--abc\r\nnonsense\r\n\r\n");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("<h1>Check a SMART Health Card</h1>", "id=\"file-error\"");
    }

    @Test
    void theSpanishPageSpeaksSpanish() {
        Card card = johnsCovidCard();
        Visitor visitor = new Visitor("es");

        assertThat(visitor.form().asString()).contains("<html lang=\"es\">",
                "<h1>Comprobar una tarjeta SMART Health Card</h1>", "El texto del código QR", "No guardamos");
        assertThat(visitor.postText(card.qrTexts().get(0)).asString()).contains("Tarjeta válida",
                "su firma es válida", "No está revocada", "20 de enero de 1951", "Lo que dice la tarjeta")
                .doesNotContain("Valid card", "January");
        assertThat(new Visitor("es").postText("hola").asString()).contains("Hay un problema",
                "no es el texto del código QR");
    }

    @Test
    void aCheckWithoutTheCsrfTokenIsRefused() {
        Card card = johnsCovidCard();
        Visitor visitor = new Visitor();
        visitor.form();

        Response forged = given().cookies(visitor.cookies).multiPart("text", card.qrTexts().get(0)).post("/check");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).doesNotContain("Valid card", "Anyperson");
    }

    @Test
    void checkingStoresNothingLogsNothingAndLeavesNoUploadedFileBehind() throws IOException {
        Card card = johnsCovidCard();
        Path uploads = Path.of(ConfigProvider.getConfig().getOptionalValue("quarkus.http.body.uploads-directory",
                String.class).orElse(System.getProperty("java.io.tmpdir") + "/uploads"));
        Set<String> filesBefore = files(uploads);
        Map<String, Long> rowsBefore = rowCounts();
        LogCapture log = LogCapture.start();
        try {
            new Visitor().postFile("card.smart-health-card", HealthCardFile.of(List.of(card.jws())),
                    HealthCardFile.MEDIA_TYPE);
            new Visitor().postFile("qr.png", QrPng.render(QrSymbol.encode(card.qrTexts().get(0)), 4), "image/png");
            new Visitor().postText(card.qrTexts().get(0));
            new Visitor().postText(flip(card.jws(), card.jws().length() - 5));
            new Visitor().postText("not a card at all");
        } finally {
            log.close();
        }

        assertThat(rowCounts()).isEqualTo(rowsBefore);
        String payload = card.jws().substring(card.jws().indexOf('.') + 1, card.jws().indexOf('.') + 30);
        assertThat(log.lines()).noneMatch(line -> line.contains("Anyperson") || line.contains("1951-01-20")
                || line.contains(payload) || line.contains("shc:/") || line.contains("not a card at all"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(files(uploads))
                .as("uploaded files left in %s", uploads).isSubsetOf(filesBefore));
    }

    private Card johnsCovidCard() {
        return issuer.issue(records.of(JOHN).orElseThrow()).get(0).qr();
    }

    private static String flip(String jws, int index) {
        char replacement = jws.charAt(index) == 'A' ? 'B' : 'A';
        return jws.substring(0, index) + replacement + jws.substring(index + 1);
    }

    /** A file that starts like a JPEG picture. */
    private static byte[] jpegOf(int size) {
        byte[] jpeg = new byte[size];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        return jpeg;
    }

    private static byte[] blankPng() throws IOException {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static Set<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entityManager = Arc.container().select(EntityManager.class).get();
            Map<String, Long> counts = new HashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table)
                        .getSingleResult()).longValue());
            }
            return counts;
        });
    }

    /** A browser on the check page: its cookies, its language, and the CSRF token of the form it was shown. */
    static final class Visitor {
        final Map<String, String> cookies = new HashMap<>();
        private String csrfToken;

        Visitor() {
            this("en");
        }

        Visitor(String language) {
            cookies.put("lang", language);
        }

        Response form() {
            Response page = given().cookies(cookies).get("/check");
            for (Cookie cookie : page.detailedCookies()) {
                cookies.put(cookie.getName(), cookie.getValue());
            }
            Matcher field = CSRF_FIELD.matcher(page.asString());
            assertThat(field.find()).as("CSRF field on the form").isTrue();
            csrfToken = field.group(1);
            return page;
        }

        /** A request from the form, with its CSRF token. */
        RequestSpecification request() {
            if (csrfToken == null) {
                form();
            }
            return given().redirects().follow(false).cookies(cookies)
                    .multiPart("csrf-token", csrfToken);
        }

        Response postText(String text) {
            return request().multiPart("text", text).post("/check");
        }

        Response postFile(String name, byte[] bytes, String mediaType) {
            return request().multiPart("file", name, bytes, mediaType).post("/check");
        }

        Response postFiles(List<byte[]> pngs) {
            RequestSpecification request = request();
            for (int i = 0; i < pngs.size(); i++) {
                request.multiPart("file", "code-" + i + ".png", pngs.get(i), "image/png");
            }
            return request.post("/check");
        }

        /**
         * A form post the way a browser sends it: the whole body with its length, which Quarkus's own limit would
         * answer with a closed connection.
         */
        HttpResponse<String> postLikeABrowser(String fileName, byte[] bytes) throws Exception {
            String boundary = "----check" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 1024);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                    + csrfToken + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(bytes);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            String cookie = cookies.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining("; "));
            HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/check"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(60, TimeUnit.SECONDS);
        }

        /** A post of {@code body} as it is, with the visitor's cookies; the answer within 10 seconds. */
        HttpResponse<String> postRaw(String contentType, String body) throws Exception {
            String cookie = cookies.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining("; "));
            HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/check"))
                    .header("Content-Type", contentType).header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
        }

        /**
         * The head of a form post of {@code length} bytes that waits for the server's go-ahead
         * ({@code Expect: 100-continue}) before sending them; the server's answer as text.
         */
        String askToSend(int length) throws IOException {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.setSoTimeout(30_000);
                String cookie = cookies.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("; "));
                OutputStream out = socket.getOutputStream();
                out.write(("POST /check HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
                        + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + length
                        + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[8192];
                int count;
                while (!answer.toString(StandardCharsets.UTF_8).contains("</html>") && (count = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, count);
                }
                return answer.toString(StandardCharsets.UTF_8);
            }
        }

        /** What a browser sends when nothing was chosen or typed: an empty file part and an empty text. */
        Response postEmpty() {
            return request().multiPart("file", "", new byte[0], "application/octet-stream").multiPart("text", "")
                    .post("/check");
        }
    }
}
