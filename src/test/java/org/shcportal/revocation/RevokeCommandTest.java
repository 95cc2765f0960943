package org.shcportal.revocation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.CommandRun;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.crl.RevocationList;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** The {@code revoke} command, on a person of its own so that no other test's cards are revoked. */
@QuarkusTest
class RevokeCommandTest {

    static final String PERSON = "TEST-REVOKED";
    static final String REVOKED_NOW = "TEST-REVOKED-NOW";
    static final Instant BEFORE = Instant.parse("2026-02-01T09:30:00Z");

    @Inject
    CommandLine.IFactory commands;

    @Inject
    KeyRing keys;

    @Inject
    RidSecret ridSecret;

    @Test
    void revokesThePersonsEarlierCardsUnderEveryKeyAndTellsThePerson() throws Exception {
        long personId = person(PERSON);
        String kid = keys.active().kid();
        int version = version(kid);

        CommandRun run = CommandRun.of(commands, "revoke", "--person", PERSON, "--before", "2026-02-01T09:30:00.750Z");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Revoked the cards of " + PERSON + " issued before " + BEFORE + ".")
                .contains("Revocation list of key " + kid + ": version " + (version + 1));

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

        assertThat(CommandRun.of(commands, "revoke", "--person", REVOKED_NOW, "--before", "now").status()).isZero();

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

        CommandRun run = CommandRun.of(commands, "revoke", "--person", "NM-404404", "--before", BEFORE.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("No person with registry id NM-404404; nothing was revoked.\n");
        assertThat(version(kid)).isEqualTo(version);
    }

    @Test
    void readsItsCommandLine() {
        assertThat(parse("--person", "NM-000001", "--before", "2026-02-01T09:30:00.750Z").before)
                .as("to the whole second, as cards' nbf").contains(BEFORE);
        assertThat(parse("--person", "NM-000001", "--before", "now").before).as("settled when revoking").isEmpty();
        assertThatThrownBy(() -> parse("--person", "NM-000001")).hasMessageContaining("'--before=TIME|now'");
        assertThatThrownBy(() -> parse("--person", "NM-000001", "--before", "yesterday"))
                .hasMessageContaining("a time like 2026-03-01T12:00:00Z");
        assertThatThrownBy(() -> parse("--person", "NM-000001", "--before", Instant.now().plusSeconds(60).toString()))
                .hasMessageContaining("in the future");
    }

    private static RevokeCommand parse(String... args) {
        RevokeCommand command = new RevokeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
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
