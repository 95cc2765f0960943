package org.shcportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest {

    /** The Helm chart's startup probe. */
    @Test
    void startupIsUp() {
        given().when().get("/q/health/started").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Registry database schema", "Database connections health check"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        given().when().get("/").then().statusCode(200);
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"), containsString("http_server_requests"))
                // The connection pool's gauges, which docs/operations.md tells operators to watch.
                .body(containsString("agroal_active_count"), containsString("agroal_awaiting_count"));
    }
}
