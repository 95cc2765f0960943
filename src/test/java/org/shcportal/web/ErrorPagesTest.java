package org.shcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.staff.StaffRole;

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
    void aSignedInResidentOrStaffMemberWhoMistypesAPathGetsTheNotFoundPage() {
        given().cookie(TestSessions.COOKIE, TestSessions.signIn("NM-000001")).when().get("/records-typo").then()
                .statusCode(404)
                .body(containsString("Page not found"));
        Browser staff = TestStaff.signedIn(StaffRole.AGENT);
        given().cookie(OpenedRecords.STAFF_COOKIE, staff.cookie(OpenedRecords.STAFF_COOKIE)).when()
                .get("/helpdesk-typo").then()
                .statusCode(404)
                .body(containsString("Page not found"));
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
