package org.shcportal.revocation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.crl.RevocationList;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.registry.Person;
import org.shcportal.signin.TestSessions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The {@code revoke} command, on a person of its own so that no other test's cards are revoked. */
@QuarkusTest
class RevokeCommandTest {

    static final String PERSON = "TEST-REVOKED";
    static final String REVOKED_NOW = "TEST-REVOKED-NOW";
    static final Instant BEFORE = Instant.parse("2026-02-01T09:30:00Z");

    @Inject
    RevokeCommand command;

    @Inject
    KeyRing keys;

    @Inject
    RidSecret ridSecret;

    @Test
    void revokesThePersonsEarlierCardsUnderEveryKeyAndTellsThePerson() throws Exception {
        long personId = person(PERSON);
        String kid = keys.active().kid();
        int version = version(kid);

        assertThat(runAsOperator(new RevokeOptions(PERSON, Optional.of(BEFORE)))).isZero();

        assertThat(version(kid)).isEqualTo(version + 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> RevocationList.entriesOf(kid)))
                .contains(ridSecret.rid(kid, PERSON) + "." + BEFORE.getEpochSecond());
        AuditEvent audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> find(
                "action = ?1 and subjectPersonId = ?2", AuditAction.CARDS_REVOKED, personId).firstResult());
        assertThat(audited.actorKind).isEqualTo(AuditEvent.ActorKind.SYSTEM);
        assertThat(audited.reason).isEqualTo(BEFORE.toString());
        assertThat(given().cookie(TestSessions.COOKIE, TestSessions.signIn(PERSON)).when().get("/account/history")
                .then().statusCode(200).extract().asString())
                .contains("The registry", "Withdrew (revoked) the cards made before", "new cards can be downloaded");
    }

    @Test
    void nowRevokesTheCardsOfThisSecondAndBeforeSoThatACardIssuedNextStaysValid() throws Exception {
        person(REVOKED_NOW);
        String kid = keys.active().kid();
        long started = Instant.now().getEpochSecond();

        assertThat(runAsOperator(RevokeOptions.parse("--person", REVOKED_NOW, "--before", "now"))).isZero();

        long finished = Instant.now().getEpochSecond();
        String prefix = ridSecret.rid(kid, REVOKED_NOW) + ".";
        List<Long> seconds = QuarkusTransaction.requiringNew().call(() -> RevocationList.entriesOf(kid)).stream()
                .filter(entry -> entry.startsWith(prefix)).map(entry -> Long.parseLong(entry.substring(prefix.length())))
                .filter(second -> second >= started).toList();
        assertThat(seconds).as("an entry no later than the current second: a card signed after has nbf >= it")
                .singleElement().satisfies(second -> assertThat(second).isBetween(started, finished));
    }

    @Test
    void anUnknownPersonRevokesNothingAndFails() throws Exception {
        String kid = keys.active().kid();
        int version = version(kid);

        assertThat(runAsOperator(new RevokeOptions("NM-404404", Optional.of(BEFORE)))).isEqualTo(1);

        assertThat(version(kid)).isEqualTo(version);
    }

    @Test
    void readsItsCommandLine() {
        Instant now = Instant.parse("2026-03-01T12:00:00.250Z");

        assertThat(RevokeOptions.parse(now, "--person", "NM-000001", "--before", "2026-02-01T09:30:00Z"))
                .isEqualTo(new RevokeOptions("NM-000001", Optional.of(BEFORE)));
        assertThat(RevokeOptions.parse(now, "--person", "NM-000001", "--before", "now").before())
                .as("settled when revoking").isEmpty();
        assertThatThrownBy(() -> RevokeOptions.parse(now, "--person", "NM-000001"))
                .hasMessageContaining("--before");
        assertThatThrownBy(() -> RevokeOptions.parse(now, "--person", "NM-000001", "--before", "yesterday"))
                .hasMessageContaining("a time like 2026-03-01T12:00:00Z");
        assertThatThrownBy(() -> RevokeOptions.parse(now, "--person", "NM-000001", "--before", "2026-03-02T00:00:00Z"))
                .hasMessageContaining("in the future");
    }

    /** Runs the command as the jar does: on a thread of its own, outside any request (no request scope). */
    private int runAsOperator(RevokeOptions options) throws Exception {
        FutureTask<Integer> run = new FutureTask<>(() -> command.run(options));
        new Thread(run, "operator").start();
        return run.get();
    }

    private static int version(String kid) {
        return QuarkusTransaction.requiringNew().call(() -> RevocationList.versionOf(kid));
    }

    private static long person(String registryId) {
        return QuarkusTransaction.requiringNew().call(() -> Person.<Person> findByRegistryId(registryId).orElseGet(() -> {
            Person person = new Person();
            person.registryId = registryId;
            person.familyName = "Revoked";
            person.givenName = "Rita";
            person.birthDate = LocalDate.of(1970, 5, 6);
            person.sex = Person.Sex.F;
            person.persist();
            return person;
        }).id);
    }
}
