package org.shcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shcportal.fixtures.Browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health and metrics answer on the management port, which the cluster reaches and the Ingress does not route; the
 * public port has none of them.
 */
@QuarkusTest
class OperationsEndpointsTest {

    /** The management interface's root, {@code /q} on its own port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The Helm chart's startup probe. */
    @Test
    void startupIsUp() {
        given().when().get(at("/health/started")).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void livenessIsUp() {
        given().when().get(at("/health/live")).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get(at("/health/ready")).then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Registry database schema"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        given().when().get("/").then().statusCode(200);
        given().when().get(at("/metrics")).then()
                .statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"), containsString("http_server_requests"))
                // The connection pool's gauges, which docs/operations.md tells operators to watch.
                .body(containsString("agroal_active_count"), containsString("agroal_awaiting_count"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/metrics" })
    void thePublicPortServesNoOperationsEndpoint(String path) {
        given().when().get(path).then().statusCode(404);
    }

    /** Requests refused before any page answers are counted under their route, never under a person's id. */
    @Test
    void metricsNameRoutesNotPersons() {
        given().redirects().follow(false).when().get("/helpdesk/people/987654/open");
        given().redirects().follow(false).when().post("/helpdesk/people/987654/open");
        given().redirects().follow(false).when().get("/people/987655");

        String metrics = given().when().get(at("/metrics")).then().statusCode(200).extract()
                .asString();

        assertThat(metrics).contains("status=\"405\",uri=\"UNKNOWN\"").doesNotContain("987654")
                .doesNotContain("987655");
    }

    @Test
    void metricsGiveThe99thPercentileOfPagesAndOfTheSignInSearch() {
        Browser browser = new Browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("givenName", "John", "familyName", "Anyperson", "birthMonth", "1", "birthDay",
                "20", "birthYear", "1951", "contact", "505 555 0101", "attest", "yes"));

        String metrics = given().when().get(at("/metrics")).then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern("portal_sign_in_match_seconds\\{quantile=\"0\\.99\"[^}]*\\} [0-9.E-]+")
                .containsPattern("http_server_requests_seconds\\{[^}]*uri=\"/sign-in\",quantile=\"0\\.99\"\\} [0-9.E-]+");
    }

    private String at(String path) {
        return management.toString().replaceAll("/$", "") + path;
    }
}
