package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.CommandRun;
import org.shcportal.fixtures.TestStaff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** {@code staff add}, with the password piped on standard input as an installation script gives it. */
@QuarkusTest
class StaffCommandTest {

    @Inject
    CommandLine.IFactory commands;

    @Test
    void createsTheAccountWithThePasswordFromStandardInput() {
        String username = "Cli-Admin-" + System.nanoTime() % 1_000_000;

        CommandRun run = withInput(TestStaff.PASSWORD + "\n", "staff", "add", "--username", username, "--role",
                "admin");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Created admin account " + username.toLowerCase() + ".\n");
        Optional<StaffRole> role = QuarkusTransaction.requiringNew()
                .call(() -> StaffAccount.findByUsername(username.toLowerCase()).map(account -> account.role));
        assertThat(role).contains(StaffRole.ADMIN);
    }

    @Test
    void withoutAPasswordCreatesNothingAndFails() {
        String username = "cli-agent-" + System.nanoTime() % 1_000_000;

        CommandRun run = withInput("", "staff", "add", "--username", username, "--role", "agent");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("No password given on standard input; no account was created.\n");
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffAccount.findByUsername(username))).isEmpty();
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
