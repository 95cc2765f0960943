package org.shcportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import jakarta.inject.Inject;
import jakarta.xml.ws.Service;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.feed.FeedSenders;
import org.shcportal.feed.IisPortType;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A registry's system sends a new dose over the CDC SOAP web service while a resident uses the portal: in a real
 * browser, the resident's records and cards show it, the card is a new one, and the resident was told by email that
 * the record changed, without health details.
 */
@QuarkusTest
class RegistryUpdateJourneyTest {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final String PASSWORD = "the registry's long sender password";

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL portal;

    @TestHTTPResource("/feed/soap")
    URL soap;

    @Inject
    FeedSenders senders;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @Test
    void aDoseSentOverSoapShowsOnTheRecordsAndANewCardAndTheResidentIsTold() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String facility = "JRN-" + run;
        senders.add("journey-" + run, List.of(facility), PASSWORD);
        String email = "robin." + run + "@example.org";
        IisPortType registry = client();
        assertThat(registry.submitSingleMessage("journey-" + run, PASSWORD, facility,
                vxu(facility, run, email, "1", "20250310", "FIRST1"))).contains("MSA|AA|");

        Page page = chromium.desktop();
        page.navigate(url("/sign-in"));
        signIn(page, email);
        records(page);
        assertThat(page.locator("main").innerText()).contains("Robin", "Soapsend", "March 10, 2025")
                .doesNotContain("September 15, 2025");
        String firstCard = cardFile(page);
        assertThat(outboxText(page)).doesNotContain("Your immunization record was updated");

        assertThat(registry.submitSingleMessage("journey-" + run, PASSWORD, facility,
                vxu(facility, run, email, "2", "20250915", "BOOST2"))).contains("MSA|AA|");

        records(page);
        assertThat(page.locator("main").innerText()).contains("March 10, 2025", "September 15, 2025");
        Chromium.screenshot(page, "51-records-after-soap-dose");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        String newCard = cardFile(page);
        assertThat(newCard).startsWith("{\"verifiableCredential\":[\"ey").isNotEqualTo(firstCard);
        String outbox = outboxText(page);
        int notice = outbox.indexOf("Your immunization record was updated. Sign in to get your updated card.");
        assertThat(notice).as("the notice in the outbox").isNotNegative();
        assertThat(outbox.substring(Math.max(0, outbox.lastIndexOf(email, notice)), notice)).contains(email);
        page.navigate(url("/account/history"));
        assertThat(page.locator("main").innerText()).contains("The registry recorded new information",
                "an immunization record was updated");
    }

    /** The resident's COVID-19 card file from the cards page, as the browser downloads it. */
    private String cardFile(Page page) {
        records(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get the cards: QR codes, PDF, file, wallet"))
                .click();
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SMART Health Card file"))
                .first().getAttribute("href");
        APIResponse response = page.context().request().get(url(href));
        assertThat(response.status()).isEqualTo(200);
        return response.text();
    }

    private void records(Page page) {
        page.navigate(url("/account"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your records")).click();
    }

    private void signIn(Page page, String email) {
        page.locator("#givenName").fill("Robin");
        page.locator("#familyName").fill("Soapsend");
        page.locator("#birthMonth").fill("1");
        page.locator("#birthDay").fill("2");
        page.locator("#birthYear").fill("1990");
        page.locator("#contact").fill(email);
        page.locator("#attest").check();
        page.locator("form button[type=submit]").click();
        String outbox = outboxText(page);
        Matcher code = CODE.matcher(outbox.substring(outbox.indexOf(email)));
        assertThat(code.find()).isTrue();
        page.locator("#code").fill(code.group(1));
        page.locator("form[action='/sign-in/code'] button").click();
        assertThat(page.url()).endsWith("/account");
    }

    private String outboxText(Page page) {
        Page outbox = page.context().newPage();
        outbox.navigate(url("/dev/outbox"));
        String text = outbox.locator("main").innerText();
        outbox.close();
        return text;
    }

    private IisPortType client() throws Exception {
        Service service = Service.create(new URL(soap + "?wsdl"), new QName(IisPortType.NAMESPACE, "IISServiceNew"));
        return service.getPort(new QName(IisPortType.NAMESPACE, "client_Port_Soap12"), IisPortType.class);
    }

    private static String vxu(String facility, String run, String email, String dose, String date, String lot)
            throws IOException {
        try (InputStream in = RegistryUpdateJourneyTest.class.getResourceAsStream("/feed/journey-vxu.hl7")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> values = Map.of("FACILITY", facility, "CONTROL", "JRN-" + run + "-" + dose, "PERSON",
                    "FEED-" + run, "EMAIL", email, "DOSE", "D" + dose + "-" + run, "DATE", date, "LOT", lot);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text;
        }
    }

    private String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }
}
