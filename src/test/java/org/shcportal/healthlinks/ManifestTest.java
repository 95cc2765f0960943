package org.shcportal.healthlinks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.TestPeople;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The manifest and location URLs as receivers use them (SHL, "SMART Health Link Manifest Request", "Manifest File",
 * "{@code .files.location} links", "Encrypting and Decrypting Files").
 */
@QuarkusTest
class ManifestTest {

    private static final String NOT_FOUND = "{\"error\":\"This link does not exist or no longer works.\"}";

    @Test
    void filesAreEmbeddedUnlessLongerThanTheReceiversLimitAndTheyDecryptWithTheLinksKeyToTheirContentType()
            throws Exception {
        CreatedLink created = TestLinks.create(TestPeople.adultWithCards(),
                TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), false));
        byte[] key = TestLinks.key(created.shlink());

        Response embedded = TestLinks.manifest(created.shlink());
        embedded.then().statusCode(200).contentType("application/json").header("Access-Control-Allow-Origin", "*");
        JsonNode files = TestLinks.JSON.readTree(embedded.asString()).get("files");
        assertThat(TestLinks.JSON.readTree(embedded.asString()).properties()).hasSize(1);
        assertThat(files).hasSize(1);
        JsonNode file = files.get(0);
        assertThat(file.properties()).extracting(Map.Entry::getKey).containsExactly("contentType", "embedded");
        assertThat(file.get("contentType").asText()).isEqualTo("application/smart-health-card");
        String jwe = file.get("embedded").asText();
        assertThat(jwe.split("\\.", -1)).hasSize(5);
        assertThat(jwe.split("\\.", -1)[1]).isEmpty();
        JsonNode header = TestLinks.JSON.readTree(Base64.getUrlDecoder().decode(jwe.split("\\.")[0]));
        assertThat(header.get("alg").asText()).isEqualTo("dir");
        assertThat(header.get("enc").asText()).isEqualTo("A256GCM");
        assertThat(header.get("cty").asText()).isEqualTo("application/smart-health-card");
        LinkEncryption.Decrypted decrypted = LinkEncryption.decrypt(key, jwe);
        assertThat(decrypted.contentType()).isEqualTo("application/smart-health-card");
        assertThat(TestLinks.JSON.readTree(decrypted.text()).get("verifiableCredential")).isNotEmpty();

        Response located = TestLinks.manifest(created.shlink(),
                Map.of("recipient", "Dr. Example", "embeddedLengthMax", jwe.length() - 1, "url", "ignored"));
        JsonNode entry = TestLinks.JSON.readTree(located.then().statusCode(200).extract().asString()).get("files")
                .get(0);
        assertThat(entry.properties()).extracting(Map.Entry::getKey).containsExactly("contentType", "location");
        String location = entry.get("location").asText();
        assertThat(location).matches("https://.+/links/f/[A-Za-z0-9_-]{43}");
        Response fetched = given().get(TestLinks.path(location));
        fetched.then().statusCode(200).contentType("application/jose").header("Access-Control-Allow-Origin", "*");
        assertThat(fetched.asString()).isEqualTo(jwe);

        given().get(TestLinks.path(location)).then().statusCode(404);
        assertThat(TestLinks.accesses(created.link().id)).extracting(access -> access.accepted)
                .containsExactly(true, true, true);
    }

    @Test
    void theSpecificationsEncryptedExampleDecryptsWithOurCode() throws Exception {
        String jwe = Files.readString(Path.of("src/test/resources/shl-examples/example-encrypted-file.jwe"));
        byte[] key = Base64.getUrlDecoder().decode("rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q");

        LinkEncryption.Decrypted decrypted = LinkEncryption.decrypt(key, jwe);

        assertThat(decrypted.contentType()).isEqualTo("application/smart-health-card");
        assertThat(TestLinks.JSON.readTree(decrypted.text())).isEqualTo(TestLinks.JSON.readTree(
                Files.readString(Path.of("src/test/resources/shc-examples/example-00-e-file.smart-health-card"))));
    }

    @Test
    void aMissingPasscodeCostsNothingAWrongOneCostsOneAndTheRightOneOpensTheLink() {
        CreatedLink created = TestLinks.create(TestPeople.adultWithCards(),
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), false));

        TestLinks.manifest(created.shlink()).then().statusCode(401).body("remainingAttempts", org.hamcrest.Matchers.is(5));
        passcode(created, "wrong-guess").then().statusCode(401).body("remainingAttempts", org.hamcrest.Matchers.is(4));
        passcode(created, "river-stone-42").then().statusCode(200);
        passcode(created, "river-stone-42").then().statusCode(200);

        assertThat(TestLinks.remainingAttempts(created.link().id)).isEqualTo(4);
        assertThat(TestLinks.accesses(created.link().id)).extracting(access -> access.accepted)
                .containsExactly(true, true, false, false);
        AuditEvent refused = AuditTrail.lastOf(AuditAction.HEALTH_LINK_REFUSED);
        assertThat(refused.subjectPersonId).isEqualTo(created.link().personId);
        assertThat(refused.reason).isEqualTo("Dr. Example, City Clinic");
        assertThat(refused.ipHash).isNotNull();
    }

    @Test
    void afterTheLastWrongPasscodeTheLinkAnswers404EvenToTheRightOne() {
        CreatedLink created = TestLinks.create(TestPeople.adultWithCards(),
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), true));
        for (int left = 4; left >= 0; left--) {
            passcode(created, "guess-" + left).then().statusCode(401)
                    .body("remainingAttempts", org.hamcrest.Matchers.is(left));
        }

        Response locked = passcode(created, "river-stone-42");

        locked.then().statusCode(404);
        assertThat(locked.asString()).isEqualTo(NOT_FOUND);
        TestLinks.manifest(created.shlink()).then().statusCode(404);
        assertThat(TestLinks.links().find(person(created), created.link().id).orElseThrow().state(Instant.now()))
                .isEqualTo(LinkState.LOCKED);
    }

    @Test
    void oneHundredParallelWrongPasscodesNeverTryMoreThanTheLimit() throws Exception {
        CreatedLink created = TestLinks.create(TestPeople.adultWithCards(),
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), false));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(100);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String guess = "guess-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return passcode(created, guess).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 404).hasSize(95);
        assertThat(TestLinks.remainingAttempts(created.link().id)).isZero();
        assertThat(TestLinks.accesses(created.link().id)).hasSize(100).noneMatch(access -> access.accepted);
        passcode(created, "river-stone-42").then().statusCode(404);
    }

    @Test
    void aLocationUrlFetchedLateOrAfterDeactivationIsRefusedLikeAnUnknownOne() {
        String resident = TestPeople.adultWithCards();
        CreatedLink created = TestLinks.create(resident,
                TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), true));
        String late = location(created);
        String outstanding = location(created);
        TestLinks.update("UPDATE health_link_ticket SET expires_at = ?1 WHERE link_id = ?2",
                Timestamp.from(Instant.now().minusSeconds(1)), created.link().id);
        String afterExpiry = location(created);

        given().get(TestLinks.path(late)).then().statusCode(404);
        given().get(TestLinks.path(outstanding)).then().statusCode(404);
        TestLinks.links().deactivate(person(created), created.link().id, person(created));
        Response deactivated = given().get(TestLinks.path(afterExpiry));

        deactivated.then().statusCode(404);
        assertThat(deactivated.asString()).isEqualTo(NOT_FOUND);
        assertThat(TestLinks.manifest(created.shlink()).asString()).isEqualTo(NOT_FOUND);
    }

    @Test
    void expiredDeactivatedAndUnknownLinksAllGetTheSame404() {
        String resident = TestPeople.adultWithCards();
        CreatedLink expired = TestLinks.create(resident, TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), false));
        CreatedLink deactivated = TestLinks.create(resident,
                TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), false));
        TestLinks.manifest(expired.shlink()).then().statusCode(200);
        TestLinks.update("UPDATE health_link SET expires_at = ?1 WHERE id = ?2",
                Timestamp.from(Instant.now().minusSeconds(1)), expired.link().id);
        TestLinks.links().deactivate(person(deactivated), deactivated.link().id, person(deactivated));
        String unknownId = Tickets.randomId();

        for (Response response : List.of(TestLinks.manifest(expired.shlink()),
                TestLinks.manifest(deactivated.shlink()),
                given().contentType("application/json").body(Map.of("recipient", "x")).post("/links/m/" + unknownId),
                given().contentType("application/json").body(Map.of("recipient", "x")).post("/links/m/short"),
                given().get("/links/f/" + unknownId),
                given().get("/links/f/" + TestLinks.manifestPath(expired.shlink()).substring("/links/m/".length())))) {
            response.then().statusCode(404);
            assertThat(response.asString()).isEqualTo(NOT_FOUND);
        }
        assertThat(TestLinks.accesses(expired.link().id)).extracting(access -> access.accepted)
                .containsExactly(false, true);
    }

    @Test
    void malformedRequestsGet400AndAHugePasscodeIsRefusedUnreadWithoutSpendingAnAttempt() {
        CreatedLink created = TestLinks.create(TestPeople.adultWithCards(),
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), false));
        String path = TestLinks.manifestPath(created.shlink());

        given().contentType("application/json").body("{\"recipient\":").post(path).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.is("The body is not JSON."));
        given().contentType("application/json").body("{}").post(path).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.containsString("\"recipient\" is required"));
        given().contentType("application/json").body("{\"recipient\":\"  \"}").post(path).then().statusCode(400);
        given().contentType("application/json").body("[1]").post(path).then().statusCode(400);
        given().contentType("application/json").body("{\"recipient\":\"x\",\"embeddedLengthMax\":-1}").post(path)
                .then().statusCode(400);
        given().contentType("application/json").body(Map.of("recipient", "x", "passcode", "p".repeat(10 * 1024)))
                .post(path).then().statusCode(413).body("error", org.hamcrest.Matchers.containsString("4096 bytes"));
        given().contentType("application/json").body(Map.of("recipient", "x", "passcode", "p".repeat(100)))
                .post(path).then().statusCode(400).body("error", org.hamcrest.Matchers.containsString("64"));

        assertThat(TestLinks.remainingAttempts(created.link().id)).isEqualTo(5);
    }

    @Test
    void browsersOnOtherSitesMayCallTheManifestAndFilesButNoOtherUrl() {
        CreatedLink created = TestLinks.create(TestPeople.adultWithCards(),
                TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), false));

        given().header("Origin", "https://viewer.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options(TestLinks.manifestPath(created.shlink()))
                .then().statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("content-type"));
        given().header("Origin", "https://viewer.example.org").get("/").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theResidentsAccessHistoryTellsWhoOpenedTheLinkAndWhoWasRefusedInEnglishAndSpanish() {
        String resident = TestPeople.adultWithCards();
        CreatedLink created = TestLinks.create(resident,
                TestLinks.request(LinkContent.ALL_CARDS, Optional.of("river-stone-42"), false));
        TestLinks.manifest(created.shlink(), Map.of("recipient", "Dr. Ana Ruiz", "passcode", "river-stone-42"))
                .then().statusCode(200);
        TestLinks.manifest(created.shlink(), Map.of("recipient", "Mallory\u0007" + "x".repeat(200), "passcode",
                "guess-1")).then().statusCode(401);
        String session = org.shcportal.fixtures.TestSessions.signIn(resident);

        String english = given().cookie(org.shcportal.fixtures.TestSessions.COOKIE, session).get("/account/history")
                .then().statusCode(200).extract().asString();
        String spanish = given().cookie(org.shcportal.fixtures.TestSessions.COOKIE, session).cookie("lang", "es")
                .get("/account/history").then().statusCode(200).extract().asString();

        assertThat(english).contains("Made a SMART Health Link to the cards",
                "A SMART Health Link was opened by someone who called themselves &quot;Dr. Ana Ruiz&quot;",
                "A SMART Health Link request was refused");
        assertThat(spanish).contains("Creó un SMART Health Link a las tarjetas",
                "Alguien que se identificó como &quot;Dr. Ana Ruiz&quot; abrió un SMART Health Link");
        assertThat(AuditTrail.lastOf(AuditAction.HEALTH_LINK_REFUSED).reason).isEqualTo("Mallory " + "x".repeat(72));
        assertThat(TestLinks.accesses(created.link().id).get(0).recipient).hasSize(80);
    }

    private static Response passcode(CreatedLink created, String passcode) {
        return TestLinks.manifest(created.shlink(), Map.of("recipient", "Dr. Example, City Clinic", "passcode", passcode));
    }

    private static String location(CreatedLink created) {
        return TestLinks.manifest(created.shlink(), Map.of("recipient", "Dr. Example", "embeddedLengthMax", 0)).then()
                .statusCode(200).extract().jsonPath().getString("files[0].location");
    }

    private static org.shcportal.registry.Person person(CreatedLink created) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.shcportal.registry.Person.findById(created.link().personId));
    }
}
