package org.shcportal.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shcportal.GeneratedKeysFolder;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The portal starts with its database down, says so, and recovers by itself when the database comes up. */
@QuarkusTest
@TestProfile(UnreachableDatabaseTest.DatabaseDown.class)
class UnreachableDatabaseTest {

    static final int PORT = freePort();

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @Test
    void showsUnavailableUntilTheDatabaseComesUpThenRecovers() throws IOException {
        given().when().get(readiness).then().statusCode(503).body("status", is("DOWN"));
        given().when().get("/").then()
                .statusCode(503)
                .header("Retry-After", "30")
                .body(containsString("Temporarily unavailable"));
        given().when().get(liveness).then().statusCode(200);
        given().when().get("/.well-known/jwks.json").then().statusCode(503).header("Retry-After", "30");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("portal-late-pg"))
                .setCleanDataDirectory(true)
                .setPort(PORT)
                .start()) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(
                    () -> given().when().get(readiness).then().statusCode(200).body("status", is("UP")));
            given().when().get("/").then().statusCode(200).body(containsString("Your official immunization record"));
            // A new installation: every key published, none with a crlVersion, since no card was revoked yet.
            given().when().get("/.well-known/jwks.json").then().statusCode(200)
                    .body("keys.size()", greaterThan(0), "keys.crlVersion.findAll { it != null }", empty());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class DatabaseDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "",
                    "portal.issuer.generated-keys-dir", GeneratedKeysFolder.path().toString());
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
