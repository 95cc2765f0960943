package org.shcportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.fixtures.TestCards;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Residents in a real browser (Debian's Chromium): sign in with the code from the dev outbox, see their records and
 * their children's and their cards, download the PDF, the file and a guardian's family pack, in English and Spanish,
 * with no serious accessibility violation on any page. Screenshots, downloads and a PNG of the PDF's first page go to
 * {@code target/screenshots/}.
 */
@QuarkusTest
class ResidentJourneyTest {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @Test
    void johnSignsInWithTheCodeFromTheOutboxAndSeesHisRecords() throws IOException {
        Page page = chromium.phone("en-US");
        page.navigate(url("/"));
        checkAccessibility(page, "01-home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to get your record")).click();
        checkAccessibility(page, "02-sign-in");

        signIn(page, "John", "Anyperson", "1", "20", "1951", "505-555-0101", "+15055550101");

        assertThat(page.url()).endsWith("/account");
        checkAccessibility(page, "04-account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your records")).click();
        assertThat(page.locator("main").innerText()).contains("John", "Anyperson", "COVID-19", "ABC General Hospital");
        checkAccessibility(page, "05-records");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get the cards: QR codes, PDF, file, wallet"))
                .click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Your cards");
        checkAccessibility(page, "06-cards");
        String apple = page.locator("a.apple-link").first().getAttribute("href");
        assertThat(apple).matches("https://redirect\\.health\\.apple\\.com/SMARTHealthCard/#[0-9]+");
        Path pdf = download(page, "Printable PDF (full page)", "john-covid-19.pdf");
        renderFirstPage(pdf, "07-john-covid-19-pdf-page-1.png");
        Path file = download(page, "SMART Health Card file", "john-covid-19.smart-health-card");
        assertThat(Files.readString(file)).startsWith("{\"verifiableCredential\":[\"ey");
        page.navigate(url("/account/history"));
        assertThat(page.locator("main").innerText()).contains("Signed in", "Viewed the records",
                "Downloaded the COVID-19 card as a printable PDF");
        checkAccessibility(page, "08-history");
    }

    @Test
    void aLongHistoryShowsNOfMAndTheFullHistoryAsChunkedCodes() {
        Page page = chromium.desktop();
        page.navigate(url("/sign-in"));
        signIn(page, "Gilbert", "Tafoya", "7", "4", "1958", "575 555 0108", "+15755550108");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your records")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get the cards: QR codes, PDF, file, wallet"))
                .click();

        assertThat(page.locator("main").innerText()).containsPattern("Showing the \\d+ most recent of 14 doses");
        page.locator("details.full-history summary").click();
        assertThat(page.locator("details.full-history img.qr").count()).isGreaterThan(1);
        assertThat(page.locator("details.full-history").innerText()).contains("Code 1 of ", "Scan all ");
        checkAccessibility(page, "41-long-history-cards");
    }

    @Test
    void aGuardianSeesHerMinorChildrenButNotHerAdultSonAndPrintsTheirFamilyPack() throws IOException {
        Page page = chromium.phone("en-US");
        page.navigate(url("/sign-in"));

        signIn(page, "Marisol", "Quintana-Begay", "3", "9", "1984", "marisol.quintana@example.com",
                "marisol.quintana@example.com");

        String account = page.locator("main").innerText();
        assertThat(account).contains("Records for D. Q.-B.", "Records for L. Q.-B.").doesNotContain("M. Q.-B.");
        checkAccessibility(page, "11-guardian-account");
        assertFamilyPackPrintsEveryCodeOfTheChildren(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Records for D. Q.-B.")).click();
        assertThat(page.locator("h1").innerText()).contains("D. Q.-B.");
        checkAccessibility(page, "12-child-records");
    }

    @Test
    void inSpanish() {
        Page page = chromium.desktop();
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inicie sesión para obtener su registro"))
                .click();
        checkAccessibility(page, "21-es-sign-in");

        signIn(page, "Inés", "Martínez-Chávez", "12", "3", "1979", "ines.martinez@example.net",
                "ines.martinez@example.net");

        assertThat(page.locator("main").innerText()).contains("Su cuenta", "Sus registros");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ver sus registros")).click();
        checkAccessibility(page, "22-es-records");
    }

    @Test
    void mistakesAreExplainedNextToTheFields() {
        Page page = chromium.phone("en-US");
        page.navigate(url("/sign-in"));
        page.getByLabel("Legal first name").fill("J0hn<script>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a code")).click();

        assertThat(page.locator(".error-summary").innerText()).contains("There is a problem",
                "The name can only contain letters", "Enter your legal last name");
        assertThat(page.getByLabel("Legal first name").getAttribute("aria-invalid")).isEqualTo("true");
        checkAccessibility(page, "31-sign-in-errors");
    }

    /** Fills the sign-in form, reads the code from the dev outbox in another tab, and enters it. */
    private void signIn(Page page, String given, String family, String month, String day, String year,
            String contact, String recipient) {
        page.locator("#givenName").fill(given);
        page.locator("#familyName").fill(family);
        page.locator("#birthMonth").fill(month);
        page.locator("#birthDay").fill(day);
        page.locator("#birthYear").fill(year);
        page.locator("#contact").fill(contact);
        page.locator("#attest").check();
        page.locator("form button[type=submit]").click();
        assertThat(page.url()).endsWith("/sign-in/code");
        checkAccessibility(page, "03-code-" + given.toLowerCase());
        page.locator("#code").fill(codeFromOutbox(page, recipient));
        page.locator("form[action='/sign-in/code'] button").click();
    }

    /**
     * The family pack offered under "Your children", as the browser saves it: each child's record and cards in six
     * Letter pages at most, and every QR code read from the rendered pages is exactly one of the children's cards.
     */
    private void assertFamilyPackPrintsEveryCodeOfTheChildren(Page page) throws IOException {
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Family pack: each child's immunization record and cards in one PDF")).getAttribute("href");
        APIResponse response = page.context().request().get(new URL(new URL(page.url()), href).toString());
        assertThat(response.status()).isEqualTo(200);
        Files.write(Chromium.SCREENSHOTS.resolve("marisol-family-pack.pdf"), response.body());
        List<String> expected = new ArrayList<>(TestCards.qrTexts("NM-000005"));
        expected.addAll(TestCards.qrTexts("NM-000006"));
        try (PDDocument pack = Loader.loadPDF(response.body())) {
            assertThat(pack.getNumberOfPages()).isLessThanOrEqualTo(6);
            assertThat(PdfInspection.scanAllQrCodes(pack, 200)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Fetches what a download link points to with the browser's cookies, as the browser would save it. */
    private static Path download(Page page, String linkText, String name) throws IOException {
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkText)).first()
                .getAttribute("href");
        APIResponse response = page.context().request().get(new URL(new URL(page.url()), href).toString());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-disposition")).startsWith("attachment; filename=\"JA-");
        Path target = Chromium.SCREENSHOTS.resolve(name);
        Files.write(target, response.body());
        return target;
    }

    private static void renderFirstPage(Path pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(PdfInspection.text(document)).contains("John B. Anyperson", "Do not fold or cover the QR code");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    Chromium.SCREENSHOTS.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String codeFromOutbox(Page page, String recipient) {
        Page outbox = page.context().newPage();
        outbox.navigate(url("/dev/outbox"));
        String text = outbox.locator("main").innerText();
        outbox.close();
        int at = text.indexOf(recipient);
        assertThat(at).as("a message to " + recipient + " in the outbox").isNotNegative();
        Matcher code = CODE.matcher(text.substring(at));
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private static void checkAccessibility(Page page, String name) {
        Chromium.screenshot(page, name);
        assertThat(Chromium.accessibilityViolations(page)).as("axe-core on " + page.url()).isEmpty();
    }

    private String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }
}
