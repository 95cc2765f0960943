package org.shcportal.checking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.issuance.IssuerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The link viewer's page: public, the same for every link (the link itself stays in the fragment), its script loaded
 * from our origin under the strict CSP, and every word the script shows given by the server in the page's language.
 */
@QuarkusTest
class LinkViewerControllerTest {

    private static final Pattern WORDS = Pattern.compile("data-words=\"([^\"]*)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>");

    @Inject
    IssuerConfig issuer;

    @Test
    void thePageLoadsItsScriptFromOurOriginUnderTheStrictCspWithNoInlineScriptOrStyle() {
        Response page = given().get("/shl");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "script-src 'self'",
                "connect-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String html = page.asString();
        assertThat(html).contains("<h1>Open a SMART Health Link</h1>", "<label class=\"label\" for=\"shl-recipient\">"
                + "Who is viewing</label>", "for=\"shl-passcode\">Passcode</label>", "role=\"status\"",
                "data-issuer=\"" + issuer.url() + "\"").doesNotContain("style=");
        Matcher scripts = SCRIPT.matcher(html);
        List<String> found = new ArrayList<>();
        while (scripts.find()) {
            found.add(scripts.group());
        }
        // The viewer's module, and the layout's script that focuses an error summary; both files of our own.
        assertThat(found).containsExactlyInAnyOrder("<script type=\"module\" src=\"/static/js/shl-viewer.mjs\">",
                "<script src=\"/static/js/error-summary.js\" defer>");
        // The fields have no name: if the script did not run, submitting a form would send nothing of the link.
        assertThat(html).doesNotContainPattern("<(input|textarea)[^>]* name=");
    }

    @Test
    void bothScriptsAreServedAsJavaScript() {
        for (String script : new String[] { "shl-viewer.mjs", "shl-link.mjs" }) {
            Response response = given().get("/static/js/" + script);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("text/javascript");
        }
        assertThat(given().get("/static/js/shl-viewer.mjs").asString()).doesNotContain("innerHTML", "eval(");
    }

    @Test
    void theScriptsWordsComeFromTheBundlesInEnglishWithVaccinesTestsAndResultsNamedAsInTheRecords() throws Exception {
        JsonNode words = words(given().header("Accept-Language", "en-US").get("/shl"));

        assertThat(words.path("text").path("error_gone").asText())
                .isEqualTo("This link has expired or was turned off. Ask the person who shared it for a new one.");
        assertThat(words.path("text").path("error_passcode_many").asText())
                .isEqualTo("The passcode is wrong. {remaining} tries left.");
        assertThat(words.path("text").path("summary_OTHER_ISSUER").asText()).startsWith(
                "This card says it was issued by {iss}.");
        assertThat(words.path("vaccines").path("207").asText()).contains("Moderna");
        assertThat(words.path("tests").path("94558-4").asText()).isNotBlank();
        assertThat(words.path("results").path("260385009").asText()).isEqualTo("Negative");
        assertThat(words.path("text").path("vaccine_unknown").asText()).contains("{code}");
    }

    @Test
    void inSpanishThePageAndTheScriptsWordsAreSpanish() throws Exception {
        Response page = given().header("Accept-Language", "es-MX,es;q=0.9").get("/shl");

        assertThat(page.asString()).contains("<html lang=\"es\">", "<h1>Abrir un SMART Health Link</h1>",
                "Quién lo consulta", "Código de acceso");
        JsonNode words = words(page);
        assertThat(words.path("text").path("error_gone").asText()).startsWith("Este enlace venció o fue desactivado");
        assertThat(words.path("text").path("error_passcode_many").asText())
                .isEqualTo("El código de acceso no es correcto. Quedan {remaining} intentos.");
        assertThat(words.path("text").path("col_vaccine").asText()).isEqualTo("Vacuna");
    }

    private static JsonNode words(Response page) throws Exception {
        Matcher words = WORDS.matcher(page.asString());
        assertThat(words.find()).isTrue();
        String json = words.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return new ObjectMapper().readTree(json);
    }
}
