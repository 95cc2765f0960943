package org.shcportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.cards.GroupCard;
import org.shcportal.healthlinks.CreatedLink;
import org.shcportal.healthlinks.HealthLinks;
import org.shcportal.healthlinks.LinkContent;
import org.shcportal.healthlinks.LinkExpiry;
import org.shcportal.healthlinks.LinkRequest;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.issuance.IssuerConfig;
import org.shcportal.registry.Person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectEncrypter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A verifier opens a SMART Health Link to John's cards in a real browser at {@code /shl#shlink:/…}, in a browser
 * profile of its own: the page asks who is viewing and the passcode, tells how many tries are left after a wrong one,
 * decrypts the files and verifies the cards against the portal's published keys, and says so when the link has been
 * turned off. One link is made by the portal itself ({@link HealthLinks}) and served by its manifest and file
 * endpoints; in the others the link's host is played by the browser's request routing with the manifest protocol of
 * the Health Links Specification (https://hl7.org/fhir/uv/smart-health-cards-and-links/links-specification.html), to
 * give answers the portal cannot be made to give on demand.
 */
@QuarkusTest
class LinkViewerJourneyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSCODE = "blue-heron-42";
    private static final String SHC = "application/smart-health-card";

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL portal;

    @Inject
    IssuanceService issuance;

    @Inject
    IssuerConfig issuer;

    @Inject
    HealthLinks links;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @Test
    void aVerifierTypesThePasscodeAndSeesJohnsVerifiedCardsThenTheLinkIsTurnedOff() throws Exception {
        byte[] key = randomBytes();
        LinkHost host = new LinkHost(issuer.url() + "/links/f/" + base64url(randomBytes()), johnsCardFile(), key);
        String shlink = shlink(Map.of("url", issuer.url() + "/links/m/" + base64url(randomBytes()), "key",
                base64url(key), "flag", "P", "label", "John's immunizations",
                "exp", Instant.now().plus(7, ChronoUnit.DAYS).getEpochSecond()));
        Page page = chromium.phone("en-US");
        page.route("**/links/**", host::answer);
        page.navigate(url("/shl#" + shlink));

        assertThat(page.locator("#shl-link").innerText()).contains("John's immunizations", "Usable until");
        page.getByLabel("Who is viewing").fill("Dr. Rivera, ABC Clinic");
        page.getByLabel("Passcode").fill("not-the-passcode");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        page.locator("#shl-passcode-error").waitFor();
        assertThat(page.locator("#shl-passcode-error").innerText()).contains("The passcode is wrong. 2 tries left.");
        assertThat(page.getByLabel("Passcode").getAttribute("aria-invalid")).isEqualTo("true");
        checkAccessibility(page, "51-link-wrong-passcode");

        page.getByLabel("Passcode").fill(PASSCODE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        page.locator(".check-result, #shl-problem:not([hidden])").first().waitFor();
        assertThat(page.locator("#shl-problem").isHidden()).as(page.locator("#shl-problem").innerText()).isTrue();
        String shown = page.locator("#shl-results").innerText();
        assertThat(shown).contains("Valid card", "Signature", "Valid, made with our key", "Not revoked",
                "John B. Anyperson", "January 20, 1951", "ABC General Hospital")
                .doesNotContain("Not valid", "Not one of our cards");
        assertThat(page.locator("#shl-status").innerText()).isEqualTo("The records are shown below.");
        assertThat(host.requests).hasSize(2);
        assertThat(host.requests.get(1).path("recipient").asText()).isEqualTo("Dr. Rivera, ABC Clinic");
        assertThat(host.requests.get(1).path("passcode").asText()).isEqualTo(PASSCODE);
        assertThat(host.requests.get(1).path("embeddedLengthMax").isInt()).isTrue();
        assertThat(page.locator("#shl-results .check-table td").count()).isGreaterThan(3);
        assertThat(Chromium.clippedCells(page)).as("cells cut off on a phone").isEmpty();
        checkAccessibility(page, "52-link-cards");

        host.turnedOff = true;
        Page later = chromium.phone("en-US");
        later.route("**/links/**", host::answer);
        later.navigate(url("/shl#" + shlink));
        later.getByLabel("Who is viewing").fill("Dr. Rivera, ABC Clinic");
        later.getByLabel("Passcode").fill(PASSCODE);
        later.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        later.locator("#shl-problem").waitFor();
        assertThat(later.locator("#shl-problem").innerText())
                .contains("This link has expired or was turned off");
        assertThat(later.locator("#shl-results").innerText()).isEmpty();
        checkAccessibility(later, "53-link-turned-off");
    }

    @Test
    void johnsPasscodeLinkMadeByThePortalOpensInAVerifiersBrowserUntilHeTurnsItOff() {
        CreatedLink created = QuarkusTransaction.requiringNew().call(() -> links.create(john(), john(),
                new LinkRequest(LinkContent.EVERYTHING, Optional.empty(), Optional.of(PASSCODE), LinkExpiry.WEEK,
                        "For the school nurse", true, false)));
        Page page = chromium.phone("en-US");
        page.navigate(url("/shl#" + created.shlink()));

        assertThat(page.locator("#shl-link").innerText()).contains("For the school nurse", "Usable until");
        page.getByLabel("Who is viewing").fill("School nurse, Lincoln Elementary");
        page.getByLabel("Passcode").fill("not-the-passcode");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        page.locator("#shl-passcode-error").waitFor();
        assertThat(page.locator("#shl-passcode-error").innerText()).contains("The passcode is wrong. 4 tries left.");

        page.getByLabel("Passcode").fill(PASSCODE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        page.locator(".check-result, #shl-problem:not([hidden])").first().waitFor();
        assertThat(page.locator("#shl-problem").isHidden()).as(page.locator("#shl-problem").innerText()).isTrue();
        assertThat(page.locator("#shl-results").innerText()).contains("Valid card", "Not revoked", "John B. Anyperson",
                "ABC General Hospital", "Not signed: information from the link's host")
                .doesNotContain("Not valid", "Not one of our cards");
        checkAccessibility(page, "55-portal-link-cards");

        QuarkusTransaction.requiringNew().run(() -> links.deactivate(john(), created.link().id, john()));
        Page later = chromium.phone("en-US");
        later.navigate(url("/shl#" + created.shlink()));
        later.getByLabel("Who is viewing").fill("School nurse, Lincoln Elementary");
        later.getByLabel("Passcode").fill(PASSCODE);
        later.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        later.locator("#shl-problem").waitFor();
        assertThat(later.locator("#shl-problem").innerText()).contains("This link has expired or was turned off");
        checkAccessibility(later, "56-portal-link-turned-off");
    }

    private static Person john() {
        return Person.findByRegistryId("NM-000001").orElseThrow();
    }

    @Test
    void aLinkPastedAsTextIsReadAndAMalformedOneIsRefusedInSpanish() throws Exception {
        Page page = chromium.phone("es-MX");
        page.navigate(url("/shl"));
        String directWithPasscode = shlink(Map.of("url", issuer.url() + "/links/m/" + base64url(randomBytes()), "key",
                base64url(randomBytes()), "flag", "PU"));
        page.getByLabel("El enlace").fill("https://otro.example.org/ver#" + directWithPasscode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leer el enlace")).click();
        assertThat(page.locator("#shl-problem").innerText()).contains("un código de acceso y el acceso directo");
        assertThat(page.locator("#shl-link").isHidden()).isTrue();

        String shortKey = shlink(Map.of("url", issuer.url() + "/links/m/" + base64url(randomBytes()), "key", "abc"));
        page.getByLabel("El enlace").fill(shortKey);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leer el enlace")).click();
        assertThat(page.locator("#shl-problem").innerText()).contains("La clave de este enlace no es válida");
        checkAccessibility(page, "54-link-malformed-es");

        String foreign = shlink(Map.of("url", "https://shl.example.org/m/" + base64url(randomBytes()), "key",
                base64url(randomBytes())));
        page.getByLabel("El enlace").fill(foreign);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leer el enlace")).click();
        assertThat(page.locator("#shl-problem").innerText()).contains("Este enlace viene de shl.example.org");
    }

    @Test
    void whenTheHostCannotBeReachedThePageSaysSo() throws Exception {
        String shlink = shlink(Map.of("url", issuer.url() + "/links/m/" + base64url(randomBytes()), "key",
                base64url(randomBytes())));
        Page page = chromium.phone("en-US");
        page.route("**/links/**", Route::abort);
        page.navigate(url("/shl#" + shlink));
        assertThat(page.locator("#shl-passcode-group").isHidden()).isTrue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        assertThat(page.locator("#shl-recipient-error").innerText()).contains("Enter who is viewing.");
        page.getByLabel("Who is viewing").fill("Front desk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the records")).click();
        page.locator("#shl-problem").waitFor();
        assertThat(page.locator("#shl-problem").innerText()).contains("We could not reach the link's host");
    }

    /**
     * The link's host as the specification has it: the manifest by POST (401 with the attempts left for a wrong
     * passcode, 404 once turned off) listing John's cards embedded and a FHIR bundle at a location, served as
     * application/jose.
     */
    private static final class LinkHost {

        final List<JsonNode> requests = new ArrayList<>();
        final String fileUrl;
        final String cards;
        final String bundle;
        boolean turnedOff;

        /** @param fileUrl where the bundle is, on the issuer's address as the portal's manifests give it */
        LinkHost(String fileUrl, String cardFile, byte[] key) throws JOSEException {
            this.fileUrl = fileUrl;
            this.cards = encrypt(cardFile, SHC, key);
            this.bundle = encrypt("""
                    {"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient",
                    "name":[{"family":"Anyperson","given":["John","B."]}],"birthDate":"1951-01-20"}},
                    {"resource":{"resourceType":"Immunization","status":"completed","vaccineCode":{"coding":[
                    {"system":"http://hl7.org/fhir/sid/cvx","code":"207"}]},"occurrenceDateTime":"2021-01-01",
                    "performer":[{"actor":{"display":"ABC General Hospital"}}]}}]}""", "application/fhir+json", key);
        }

        void answer(Route route) {
            if (route.request().url().contains("/links/f/")) {
                route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/jose")
                        .setBody(bundle));
                return;
            }
            try {
                JsonNode body = MAPPER.readTree(route.request().postData());
                requests.add(body);
                if (turnedOff) {
                    route.fulfill(new Route.FulfillOptions().setStatus(404));
                } else if (!PASSCODE.equals(body.path("passcode").asText())) {
                    json(route, 401, "{\"remainingAttempts\":2}");
                } else {
                    json(route, 200, MAPPER.writeValueAsString(Map.of("files", List.of(
                            Map.of("contentType", SHC, "embedded", cards),
                            Map.of("contentType", "application/fhir+json", "location", fileUrl)))));
                }
            } catch (Exception e) {
                route.abort();
            }
        }

        private static void json(Route route, int status, String body) {
            route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json").setBody(body));
        }

        private static String encrypt(String plain, String contentType, byte[] key) throws JOSEException {
            JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                    .contentType(contentType).build(), new Payload(plain));
            jwe.encrypt(new DirectEncrypter(key));
            return jwe.serialize();
        }
    }

    /** John's cards as a .smart-health-card file, issued by the portal. */
    private String johnsCardFile() throws Exception {
        List<String> jws = QuarkusTransaction.requiringNew().call(() -> issuance
                .of(Person.findByRegistryId("NM-000001").orElseThrow()).stream().map(GroupCard::qr)
                .map(card -> card.jws()).toList());
        return MAPPER.writeValueAsString(Map.of("verifiableCredential", jws));
    }

    private static String shlink(Map<String, Object> payload) throws Exception {
        return "shlink:/" + base64url(MAPPER.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }

    private static void checkAccessibility(Page page, String name) {
        Chromium.screenshot(page, name);
        assertThat(Chromium.accessibilityViolations(page)).as(name).isEmpty();
    }
}
