package org.shcportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.ShcExamples;
import org.shcportal.fixtures.TestPeople;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On the narrowest phones in use (320 CSS pixels, the iPhone SE of 2016; 390, the iPhone 12 to 14) every table cell a
 * resident or a verifier reads lies within the screen, none cut off and none needing a sideways scroll of the page,
 * and the help line is a link that dials and does not break across lines. Screenshots go to
 * {@code target/screenshots/}.
 */
@QuarkusTest
class PhoneTablesJourneyTest {

    private static final String JOHN = "NM-000001";
    private static final String JOHNS_EMAIL = "john.anyperson@example.com";
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

    @ParameterizedTest
    @ValueSource(ints = { 320, 390 })
    void johnReadsHisAccessHistoryRecordsAndCardsOnAPhone(int width) {
        Page page = chromium.phone("en-US", width);
        page.navigate(url("/sign-in"));
        signIn(page);
        long john = TestPeople.idOf(JOHN);
        page.navigate(url("/people/" + john));
        checkFits(page, "91-records-" + width);

        page.navigate(url("/people/" + john + "/cards"));
        checkFits(page, "92-cards-" + width);

        page.navigate(url("/account/history"));
        assertThat(page.locator("main table td").count()).isGreaterThan(3);
        assertThat(page.locator("main").innerText()).contains("Network", "Viewed the records");
        checkFits(page, "93-history-" + width);
        checkHelpLine(page.locator("main a[href^='tel:']"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 320, 390 })
    void aVerifierReadsTheVaccinesOfACheckedCardOnAPhone(int width) {
        Page page = chromium.phone("en-US", width);
        page.navigate(url("/check"));
        page.locator("#text").fill(ShcExamples.read("example-00-f-qr-code-numeric-value-0.txt"));
        page.locator("form.check-form button[type=submit]").click();

        assertThat(page.locator(".check-table td").count()).isGreaterThan(3);
        assertThat(page.locator(".check-table").first().innerText()).contains("Lot", "0000001");
        checkFits(page, "94-check-" + width);
    }

    @ParameterizedTest
    @ValueSource(ints = { 320, 390 })
    void theHelpLineInTheFooterDialsAndStaysOnOneLine(int width) {
        Page page = chromium.phone("en-US", width);
        page.navigate(url("/"));

        checkHelpLine(page.locator("footer a[href^='tel:']"));
        checkFits(page, "95-home-" + width);
    }

    /** The help desk's number: one link that dials it, on one line however narrow the screen. */
    private static void checkHelpLine(Locator number) {
        assertThat(number.count()).isEqualTo(1);
        assertThat(number.getAttribute("href")).isEqualTo("tel:+1-800-555-0199");
        assertThat(number.innerText()).isEqualTo("1-800-555-0199");
        assertThat(number.evaluate("a => getComputedStyle(a).whiteSpace")).isEqualTo("nowrap");
        assertThat(number.evaluate("a => a.getClientRects().length")).isEqualTo(1);
    }

    /** No cell cut off, no sideways scroll of the page, no serious accessibility violation; a screenshot. */
    private static void checkFits(Page page, String name) {
        Chromium.screenshot(page, name);
        assertThat(Chromium.clippedCells(page)).as("cells cut off on " + page.url()).isEmpty();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page scrolls sideways: " + page.url()).isEqualTo(true);
        assertThat(Chromium.accessibilityViolations(page)).as("axe-core on " + page.url()).isEmpty();
    }

    private static void signIn(Page page) {
        page.locator("#givenName").fill("John");
        page.locator("#familyName").fill("Anyperson");
        page.locator("#birthMonth").fill("1");
        page.locator("#birthDay").fill("20");
        page.locator("#birthYear").fill("1951");
        page.locator("#contact").fill(JOHNS_EMAIL);
        page.locator("#attest").check();
        page.locator("form button[type=submit]").click();
        assertThat(page.url()).endsWith("/sign-in/code");
        page.locator("#code").fill(Outboxes.lastCodeFor(JOHNS_EMAIL).orElseThrow());
        page.locator("form[action='/sign-in/code'] button").click();
        assertThat(page.url()).endsWith("/account");
    }

    private String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }
}
