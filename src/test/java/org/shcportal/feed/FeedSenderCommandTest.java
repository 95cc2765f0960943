package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.CommandRun;
import org.shcportal.staff.PasswordHashes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** {@code feed-sender add|disable|list}, with the password piped on standard input as an installation script gives it. */
@QuarkusTest
class FeedSenderCommandTest {

    @Inject
    CommandLine.IFactory commands;

    @Test
    void addsASenderForItsFacilitiesWithABcryptHashOfThePassword() {
        String username = FeedMessages.unique("clinic");

        CommandRun run = withInput(SoapClients.PASSWORD + "\n", "feed-sender", "add", "--username", username,
                "--facility", "CLINIC-A", "--facility", "CLINIC-B");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Added sender " + username + " for CLINIC-A, CLINIC-B.\n");
        FeedSender sender = QuarkusTransaction.requiringNew()
                .call(() -> FeedSender.findByUsername(username).orElseThrow());
        assertThat(sender.facilityIds).containsExactly("CLINIC-A", "CLINIC-B");
        assertThat(sender.enabled).isTrue();
        assertThat(sender.passwordHash).startsWith("$2a$12$").doesNotContain(SoapClients.PASSWORD);
        assertThat(PasswordHashes.matches(SoapClients.PASSWORD, sender.passwordHash)).isTrue();
    }

    @Test
    void withoutAPasswordOrWithAShortOneAddsNothingAndFails() {
        String username = FeedMessages.unique("clinic");

        CommandRun none = withInput("", "feed-sender", "add", "--username", username, "--facility", "CLINIC-A");
        CommandRun tooShort = withInput("short\n", "feed-sender", "add", "--username", username, "--facility",
                "CLINIC-A");

        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("No password given on standard input; no sender was added.\n");
        assertThat(tooShort.status()).isEqualTo(1);
        assertThat(tooShort.err()).isEqualTo("The password must have at least 12 characters. No sender was added.\n");
        assertThat(QuarkusTransaction.requiringNew().call(() -> FeedSender.findByUsername(username))).isEmpty();
    }

    @Test
    void aFacilityIdThatCannotBeAnMsh4IsRefused() {
        String username = FeedMessages.unique("clinic");

        CommandRun run = withInput(SoapClients.PASSWORD + "\n", "feed-sender", "add", "--username", username,
                "--facility", "CLINIC^A");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("A facility id is up to 20 letters");
        assertThat(QuarkusTransaction.requiringNew().call(() -> FeedSender.findByUsername(username))).isEmpty();
    }

    @Test
    void disableRefusesTheSenderAndListShowsIt() {
        String username = FeedMessages.unique("clinic");
        withInput(SoapClients.PASSWORD + "\n", "feed-sender", "add", "--username", username, "--facility",
                "CLINIC-C");

        CommandRun disable = CommandRun.of(commands, "feed-sender", "disable", "--username", username);
        CommandRun list = CommandRun.of(commands, "feed-sender", "list");

        assertThat(disable.status()).isZero();
        assertThat(disable.out()).isEqualTo("Disabled sender " + username + ".\n");
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> FeedSender.findByUsername(username).orElseThrow().enabled)).isFalse();
        assertThat(list.status()).isZero();
        assertThat(list.out()).containsPattern(username + "\tdisabled\tCLINIC-C\tcreated \\S+\tlast used never\n");
    }

    @Test
    void disablingAnUnknownSenderFails() {
        CommandRun run = CommandRun.of(commands, "feed-sender", "disable", "--username", "nobody-at-all");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("There is no sender named nobody-at-all; nothing was changed.\n");
    }

    private CommandRun withInput(String input, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandRun.of(commands, args);
        } finally {
            System.setIn(in);
        }
    }
}
