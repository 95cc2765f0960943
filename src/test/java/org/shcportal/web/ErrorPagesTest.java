package org.shcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownPathGetsTheNotFoundPage() {
        given().when().get("/no/such/page").then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("Page not found"), containsString("href=\"/\""));
    }

    @Test
    void theNotFoundPageSpeaksTheVisitorsLanguage() {
        given().cookie("lang", "es").when().get("/static/missing.css").then()
                .statusCode(404)
                .body(containsString("Página no encontrada"));
    }

    @Test
    void aFailureShowsAPageThatRevealsNothingInternal() {
        given().when().get(FailingResource.PATH).then()
                .statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("Something went wrong"), not(containsString("Exception")),
                        not(containsString(FailingResource.SECRET)), not(containsString("org.shcportal")));
    }
}
