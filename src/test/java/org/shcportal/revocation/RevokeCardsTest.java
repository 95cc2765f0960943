package org.shcportal.revocation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.StaffReason;
import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.CardVerifier;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.IssuerSettings;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.keys.SigningKey;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonRecords;
import org.shcportal.staff.StaffRole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Revoke and reissue: the public CRL and JWKS change at once, our verifier rejects the old cards and accepts the new
 * ones, and a revocation that fails half-way changes nothing.
 */
@QuarkusTest
class RevokeCardsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    KeyRing keys;

    @Inject
    RidSecret ridSecret;

    @Inject
    CardVerifier verifier;

    @Inject
    IssuerSettings settings;

    @Inject
    PersonRecords records;

    @Inject
    EntityManager entityManager;

    @Test
    void aSupervisorRevokesTheOldCardsAndTheNewOnesAreValidAtOnce() {
        String registryId = TestPeople.adultWithCards();
        String bystander = TestPeople.adultWithCards();
        List<String> oldCards = cardsAsResident(registryId);
        List<String> bystanderCards = cardsAsResident(bystander);
        String kid = keys.active().kid();
        int version = crlVersion(kid);
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        Browser supervisor = TestStaff.signIn(username);
        long personId = OpenedRecords.open(supervisor, registryId, StaffReason.CARD_REISSUE, "INC-4001");
        String page = supervisor.get(revoke(personId)).asString();
        assertThat(page).contains("What will happen").contains("Why are the cards revoked?");

        var revoked = supervisor.post(revoke(personId),
                Map.of("why", "LOST_OR_STOLEN", "note", "Phone with the cards was stolen.",
                        "delivery", "NONE", "language", "en"));

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(revoked.header("Location")).endsWith("/helpdesk/people/" + personId + "?done=revoked");
        JsonPath crl = given().get("/.well-known/crl/" + kid + ".json").then().statusCode(200).extract().jsonPath();
        assertThat(crl.getInt("ctr")).isEqualTo(version + 1).isEqualTo(crlVersionInJwks(kid));
        String rid = ridSecret.rid(kid, registryId);
        List<String> entries = crl.getList("rids");
        String entry = entries.stream().filter(listed -> listed.startsWith(rid + ".")).findFirst().orElseThrow();
        long revokedBefore = Long.parseLong(entry.substring(rid.length() + 1));

        List<String> newCards = cardsAsResident(registryId);
        Instant now = Instant.now();
        assertThat(oldCards).isNotEmpty().allSatisfy(jws -> assertThat(verifier.verify(jws, now).reason())
                .isEqualTo("revoked"));
        assertThat(newCards).hasSameSizeAs(oldCards).doesNotContainAnyElementsOf(oldCards)
                .allSatisfy(jws -> assertThat(verifier.verify(jws, now).valid()).isTrue())
                .allSatisfy(jws -> assertThat(nbf(jws)).isGreaterThanOrEqualTo(revokedBefore));
        assertThat(bystanderCards).allSatisfy(jws -> assertThat(verifier.verify(jws, now).valid()).isTrue());
        assertThat(entries).noneMatch(listed -> listed.startsWith(ridSecret.rid(kid, bystander)));

        List<AuditEvent> events = AuditTrail.by(username);
        assertThat(events).extracting(event -> event.action).containsSubsequence(AuditAction.STAFF_CARDS_REVOKED,
                AuditAction.STAFF_CARDS_REISSUED);
        AuditEvent revocation = AuditTrail.by(username, AuditAction.STAFF_CARDS_REVOKED).get(0);
        assertThat(revocation.subjectPersonId).isEqualTo(personId);
        assertThat(revocation.actorRole).isEqualTo("SUPERVISOR");
        assertThat(revocation.reason).isEqualTo("LOST_OR_STOLEN");
        assertThat(revocation.ticket).isEqualTo("INC-4001");
        CardRevocation row = QuarkusTransaction.requiringNew().call(() -> CardRevocation
                .<CardRevocation> find("personId", personId).singleResult());
        assertThat(row.note).isEqualTo("Phone with the cards was stolen.");
        assertThat(row.revokedBefore).isEqualTo(revokedBefore);
        assertThat(row.revokedBy).isEqualTo(username);
    }

    /** The spec's CRL rule: {@code rid.<t>} revokes cards with {@code nbf} before t, not those issued in second t. */
    @Test
    void anEntryRevokesCardsIssuedBeforeItsSecondButNotThoseIssuedInIt() {
        Person person = QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId("NM-000001").orElseThrow());
        var record = QuarkusTransaction.requiringNew().call(() -> records.of(person));
        SigningKey key = keys.active();
        long second = 1_900_000_000L;
        String sameSecond = issuedAt(record, key, Instant.ofEpochSecond(second, 900_000_000));
        String secondBefore = issuedAt(record, key, Instant.ofEpochSecond(second - 1, 999_000_000));
        String rid = ridSecret.rid(key.kid(), "NM-000001");
        CardVerifier withEntry = new CardVerifier(settings.iss(), kid -> keys.byKid(kid).map(SigningKey::verifier),
                (kid, cardRid) -> List.of(rid + "." + second));
        Instant later = Instant.ofEpochSecond(second + 60);

        assertThat(withEntry.verify(sameSecond, later).valid()).isTrue();
        assertThat(withEntry.verify(secondBefore, later).reason()).isEqualTo("revoked");
    }

    @Test
    void aRevocationThatFailsHalfWayChangesNothing() {
        String registryId = TestPeople.adultWithCards();
        List<String> oldCards = cardsAsResident(registryId);
        String kid = keys.active().kid();
        Integer version = crlVersionInJwks(kid);
        List<String> entries = crlEntries(kid);
        long issuedBefore = issuedCardCount();
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        Browser supervisor = TestStaff.signIn(username);
        long personId = OpenedRecords.open(supervisor, registryId, StaffReason.CARD_REISSUE, null);
        supervisor.get(revoke(personId));
        failAuditOf(username, AuditAction.STAFF_CARDS_REISSUED);
        try {
            var failed = supervisor.post(revoke(personId),
                    Map.of("why", "LOST_OR_STOLEN", "note", "Lost wallet.", "delivery", "NONE",
                            "language", "en"));

            assertThat(failed.statusCode()).isEqualTo(500);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("DROP TRIGGER audit_event_test_fault ON audit_event").executeUpdate());
        }
        assertThat(crlVersionInJwks(kid)).isEqualTo(version);
        assertThat(crlEntries(kid)).isEqualTo(entries);
        assertThat(issuedCardCount()).isEqualTo(issuedBefore);
        assertThat(AuditTrail.by(username, AuditAction.STAFF_CARDS_REVOKED)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> CardRevocation.count("personId", personId)))
                .isZero();
        assertThat(oldCards).allSatisfy(jws -> assertThat(verifier.verify(jws, Instant.now()).valid()).isTrue());
    }

    @Test
    void theNewCardsCanBeQueuedForMailInTheSameStep() {
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        Browser supervisor = TestStaff.signIn(username);
        long personId = OpenedRecords.open(supervisor, TestPeople.adultWithCards(), StaffReason.CARD_REISSUE, null);
        supervisor.get(revoke(personId));

        var revoked = supervisor.post(revoke(personId), Map.of("why", "LOST_OR_STOLEN", "note", "Stolen.", "delivery", "MAIL",
                "language", "en"));

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(AuditTrail.actionsOf(username)).containsSubsequence(AuditAction.STAFF_CARDS_REVOKED,
                AuditAction.STAFF_CARDS_REISSUED, AuditAction.STAFF_CARD_MAIL_QUEUED);
    }

    @Test
    void aMissingNoteOrDeliveryRevokesNothing() {
        String kid = keys.active().kid();
        Browser supervisor = TestStaff.signedIn(StaffRole.SUPERVISOR);
        long personId = OpenedRecords.open(supervisor, TestPeople.adultWithCards(), StaffReason.CARD_REISSUE, null);
        supervisor.get(revoke(personId));
        Integer version = crlVersionInJwks(kid);

        var noNote = supervisor.post(revoke(personId),
                Map.of("why", "LOST_OR_STOLEN", "note", " ", "delivery", "NONE", "language", "en"));
        var badDelivery = supervisor.post(revoke(personId),
                Map.of("why", "LOST_OR_STOLEN", "note", "Stolen.", "delivery", "PIGEON",
                        "language", "en"));
        var notOnFile = supervisor.post(revoke(personId),
                Map.of("why", "LOST_OR_STOLEN", "note", "Stolen.", "delivery", "EMAIL",
                        "email", "0", "language", "en"));

        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.asString()).contains("Say why the cards are revoked.");
        assertThat(badDelivery.statusCode()).isEqualTo(400);
        assertThat(notOnFile.statusCode()).isEqualTo(400);
        assertThat(crlVersionInJwks(kid)).isEqualTo(version);
    }

    @Test
    void onlySupervisorsRevokeOthersAreRefusedAndUnopenedRecordsAreNotFound() {
        String kid = keys.active().kid();
        String registryId = TestPeople.adultWithCards();
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, registryId, StaffReason.CARD_REISSUE, null);
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        OpenedRecords.open(admin, registryId, StaffReason.CARD_REISSUE, null);
        Browser supervisor = TestStaff.signedIn(StaffRole.SUPERVISOR);
        supervisor.get("/helpdesk");
        Integer version = crlVersionInJwks(kid);
        Map<String, String> form = Map.of("why", "LOST_OR_STOLEN", "note", "Stolen.", "delivery", "NONE", "language", "en");

        assertThat(agent.get(revoke(personId)).statusCode()).isEqualTo(403);
        assertThat(agent.post(revoke(personId), form).statusCode()).isEqualTo(403);
        assertThat(admin.get(revoke(personId)).statusCode()).isEqualTo(403);
        assertThat(admin.post(revoke(personId), form).statusCode()).isEqualTo(403);
        assertThat(supervisor.get(revoke(personId)).statusCode()).isEqualTo(404);
        assertThat(supervisor.post(revoke(personId), form).statusCode()).isEqualTo(404);
        assertThat(new Browser().get(revoke(personId)).statusCode()).isEqualTo(303);
        OpenedRecords.open(supervisor, registryId, StaffReason.CARD_REISSUE, null);
        assertThat(supervisor.postWithoutCsrf(revoke(personId), form).statusCode()).isEqualTo(400);
        assertThat(crlVersionInJwks(kid)).isEqualTo(version);
    }

    private String issuedAt(HealthRecord record, SigningKey key, Instant at) {
        return new CardIssuer(settings, key, ridSecret, Clock.fixed(at, ZoneOffset.UTC)).issue(record).get(0).qr()
                .jws();
    }

    /** Makes the database refuse the audit row {@code action} by {@code username}, inside the action's transaction. */
    private void failAuditOf(String username, AuditAction action) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    CREATE OR REPLACE FUNCTION audit_event_test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.actor_staff = '%s' AND NEW.action = '%s' THEN
                            RAISE EXCEPTION 'test fault';
                        END IF;
                        RETURN NEW;
                    END;
                    $$""".formatted(username, action.name())).executeUpdate();
            entityManager.createNativeQuery("""
                    CREATE TRIGGER audit_event_test_fault BEFORE INSERT ON audit_event
                    FOR EACH ROW EXECUTE FUNCTION audit_event_test_fault()""").executeUpdate();
        });
    }

    private long issuedCardCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM issued_card").getSingleResult()).longValue());
    }

    static String revoke(long personId) {
        return "/helpdesk/people/" + personId + "/revoke";
    }

    /** The person's cards as they download them in the portal: the all-cards file. */
    static List<String> cardsAsResident(String registryId) {
        String body = given().cookie(TestSessions.COOKIE, TestSessions.signIn(registryId))
                .get("/people/" + TestPeople.idOf(registryId) + "/cards/all.smart-health-card")
                .then().statusCode(200).extract().asString();
        try {
            JsonNode file = JSON.readTree(body);
            return StreamSupport.stream(file.path("verifiableCredential").spliterator(), false).map(JsonNode::asText)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key's {@code crlVersion} in the JWKS, or null while none is published (no card of the key revoked yet). */
    static Integer crlVersionInJwks(String kid) {
        JsonPath jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath();
        return jwks.get("keys.find { it.kid == '" + kid + "' }.crlVersion");
    }

    /** The version of the key's revocation list as its CRL states it ({@code ctr}). */
    static int crlVersion(String kid) {
        return given().get("/.well-known/crl/" + kid + ".json").then().statusCode(200).extract().jsonPath()
                .getInt("ctr");
    }

    static List<String> crlEntries(String kid) {
        return given().get("/.well-known/crl/" + kid + ".json").then().statusCode(200).extract().jsonPath()
                .getList("rids");
    }

    private long nbf(String jws) {
        return verifier.verify(jws, Instant.now()).claims().path("nbf").asLong();
    }
}
