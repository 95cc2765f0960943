package org.shcportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A resident shares a long history with one SMART Health Link in a real browser (Debian's Chromium): from the cards
 * page's "One code for the whole history" through the form (first with a mistake) to the link's page, its copy
 * button and stopping it, with no serious accessibility violation on any page. Screenshots go to
 * {@code target/screenshots/}.
 */
@QuarkusTest
class LinkJourneyTest {

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
    void gilbertSharesHisWholeHistoryWithOneCodeAndStopsIt() {
        Page page = chromium.phone("en-US");
        signIn(page, "NM-000008");
        page.navigate(url("/people/" + TestPeople.idOf("NM-000008") + "/cards"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("One code for the whole history")).first()
                .click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Share with one link");
        assertThat(page.locator("#content-all-cards").isChecked()).isTrue();
        checkAccessibility(page, "51-link-form");
        page.locator("#passcode").fill("123");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".error-summary").innerText()).contains("Give the link a name",
                "The passcode needs at least 6 characters.");
        assertThat(page.evaluate("() => document.activeElement.classList.contains('error-summary')"))
                .as("the error summary has the focus").isEqualTo(true);
        checkAccessibility(page, "52-link-form-errors");
        page.locator("#label").fill("Cardiologist");
        page.locator("form.form button[type=submit]").click();

        assertThat(page.locator("h1").innerText()).isEqualTo("Link: Cardiologist");
        String address = page.locator("#link-url").inputValue();
        assertThat(address).contains("/shl#shlink:/");
        assertThat(page.locator("button.copy-button").isVisible()).as("the script shows the copy button").isTrue();
        checkAccessibility(page, "53-link-page");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stop this link")).click();
        checkAccessibility(page, "54-link-stop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, stop the link")).click();
        assertThat(page.locator("main").innerText()).contains("The link was stopped.");
        assertThat(page.locator("#link-url").count()).isZero();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the shared links")).click();
        assertThat(page.locator("main").innerText()).contains("Cardiologist", "Stopped");
        checkAccessibility(page, "55-links-list");
    }

    @Test
    void johnSharesAPasscodeLinkAVerifierOpensItAndAfterHeStopsItTheVerifierIsTurnedAway() {
        Page john = chromium.phone("en-US");
        signIn(john, "NM-000001");
        john.navigate(url("/people/" + TestPeople.idOf("NM-000001") + "/cards"));
        john.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share with one link")).first().click();
        john.locator("#content-all-cards").check();
        john.locator("#label").fill("School nurse");
        john.locator("#passcode").fill("heron-2026");
        john.locator("form.form button[type=submit]").click();
        String address = john.locator("#link-url").inputValue();

        // The verifier's phone: a browser profile of its own, with the address John sent; the part after # is the link.
        Page verifier = chromium.phone("en-US");
        verifier.navigate(url("/shl" + address.substring(address.indexOf('#'))));
        verifier.getByLabel("Who is viewing").fill("School nurse, Lincoln Elementary");
        verifier.getByLabel("Passcode").fill("heron-2026");
        verifier.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        verifier.locator(".check-result, #shl-problem:not([hidden])").first().waitFor();

        assertThat(verifier.locator("#shl-results").innerText()).contains("Valid card", "John B. Anyperson")
                .doesNotContain("Not valid");
        john.reload();
        assertThat(john.locator("main").innerText()).contains("School nurse, Lincoln Elementary");

        john.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stop this link")).click();
        john.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, stop the link")).click();
        verifier.reload();
        verifier.getByLabel("Who is viewing").fill("School nurse, Lincoln Elementary");
        verifier.getByLabel("Passcode").fill("heron-2026");
        verifier.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        verifier.locator("#shl-problem").waitFor();

        assertThat(verifier.locator("#shl-problem").innerText()).contains("This link has expired or was turned off");
        checkAccessibility(verifier, "56-link-stopped-for-the-verifier");
    }

    /**
     * Starts a session as the sign-in flow would (the resident journey tests that flow) and gives its cookie to the
     * browser, as the page's own script could: Chromium treats http://localhost as a secure origin.
     */
    private void signIn(Page page, String registryId) {
        page.navigate(url("/"));
        page.evaluate("token => { document.cookie = '" + TestSessions.COOKIE + "=' + token + '; path=/; secure'; }",
                TestSessions.signIn(registryId));
    }

    private static void checkAccessibility(Page page, String name) {
        Chromium.screenshot(page, name);
        assertThat(Chromium.accessibilityViolations(page)).as("axe-core on " + page.url()).isEmpty();
    }

    private String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }
}
