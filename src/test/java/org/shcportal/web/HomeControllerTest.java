package org.shcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HomeControllerTest {

    @Test
    void servesTheHomePageWithStrictSecurityHeaders() {
        given().when().get("/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"),
                        containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-inline")), not(containsString("unsafe-eval"))))
                .header("Strict-Transport-Security", containsString("max-age=31536000"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .body(containsString("<html lang=\"en\">"), containsString("Your official immunization record"),
                        not(containsString("<script>")), not(containsString("style=")));
    }

    /** The test portal, like the demo, has no Google Wallet account: the home page must not promise it. */
    @Test
    void promisesOnlyTheWalletsThatAlwaysWork() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("on an iPhone a one-tap link to Apple Health"),
                        not(containsString("Google Wallet")));
    }

    @Test
    void servesItsOwnStylesheet() {
        given().when().get("/static/css/main.css").then()
                .statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString(".skip-link"));
    }

    @Test
    void speaksSpanishWhenTheBrowserPrefersIt() {
        given().header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5").when().get("/").then()
                .statusCode(200)
                .body(containsString("<html lang=\"es\">"), containsString("Su registro oficial de vacunación"));
    }

    @Test
    void theChosenLanguageWinsOverTheBrowser() {
        given().cookie("lang", "es").header("Accept-Language", "en-US").when().get("/").then()
                .body(containsString("Su registro oficial de vacunación"), containsString("href=\"/language/en\""));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndReturnsToThePage() {
        List<String> cookies = given().redirects().follow(false)
                .header("Host", "portal.example")
                .header("Referer", "https://portal.example/some/page?x=1")
                .when().get("/language/es").then()
                .statusCode(303)
                .header("Location", containsString("/some/page?x=1"))
                .extract().headers().getValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).contains("lang=es", "Secure", "HttpOnly"));
    }

    @Test
    void theLanguageSwitchNeverSendsTheVisitorToAnotherSite() {
        given().redirects().follow(false)
                .header("Host", "portal.example")
                .header("Referer", "https://evil.example/phish")
                .when().get("/language/en").then()
                .statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    /** A referer on our own host whose path starts with two slashes names another host to a browser. */
    @ParameterizedTest
    @ValueSource(strings = { "https://portal.example//evil.example/x", "https://portal.example///evil.example/x",
            "https://portal.example/%2F/evil.example/x" })
    void theLanguageSwitchNeverAnswersWithAPathABrowserReadsAsAnotherSite(String referer) {
        String location = given().redirects().follow(false)
                .header("Host", "portal.example")
                .header("Referer", referer)
                .when().get("/language/es").then()
                .statusCode(303)
                .extract().header("Location");
        URI target = URI.create(location);
        assertThat(target.getRawAuthority()).isEqualTo("portal.example");
        assertThat(target.getRawPath()).doesNotStartWith("//").doesNotStartWith("/\\");
        assertThat(location).doesNotContain("//evil.example");
    }

    @Test
    void anUnknownLanguageIsNotFound() {
        given().when().get("/language/xx").then().statusCode(404);
    }
}
