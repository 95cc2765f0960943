package org.shcportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The jar's command line as an operator meets it: the help of every command, with its exit codes, and the usage
 * errors, refused with one line and the usage on stderr and status 2 before any command runs (so nothing starts).
 */
class PortalApplicationTest {

    @Test
    void theHelpListsTheCommandsAndTheExitCodes() {
        CommandRun help = run("--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: java -jar quarkus-run.jar [-h] [COMMAND]")
                .contains("generate", "issue", "revoke", "staff", "Exit codes:", "2   usage error");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void everyCommandHasItsHelpWithItsExitCodes() {
        for (String name : List.of("generate", "issue", "revoke", "staff add", "import", "export", "feed-sender add",
                "feed-sender disable", "feed-sender list")) {
            CommandRun help = run((name + " --help").split(" "));

            assertThat(help.status()).as(name).isZero();
            assertThat(help.out()).as(name).startsWith("Usage: java -jar quarkus-run.jar " + name + " [-h]")
                    .contains("Exit codes:", "0   ", "1   ", "2   usage error");
        }
        assertThat(run("issue", "--help").out()).contains("--person=ID", "--out=DIR");
        assertThat(run("staff", "add", "--help").out()).contains("--username=NAME", "--role=ROLE",
                "read from standard input");
    }

    @Test
    void aBadCommandLinePrintsOneLineAndTheUsageOnStderrAndExitsWith2() {
        assertUsageError(run("print"), "Unmatched argument at index 0: 'print'", "[-h] [COMMAND]");
        assertUsageError(run("generate"), "Missing required option: '--persons=N'", "generate");
        assertUsageError(run("generate", "--persons", "-5"),
                "Invalid value for option '--persons': '-5' is not between 1 and 10000000", "generate");
        assertUsageError(run("generate", "--persons", "ten"),
                "Invalid value for option '--persons': 'ten' is not a whole number", "generate");
        assertUsageError(run("generate", "--persons", "5", "--colour", "red"), "Unknown options: '--colour', 'red'",
                "generate");
        assertUsageError(run("issue", "--person", "NM-000001", "--out", "x", "--bogus"), "Unknown option: '--bogus'",
                "issue");
        assertUsageError(run("issue", "--out", "x"), "Missing required option: '--person=ID'", "issue");
        assertUsageError(run("revoke", "--person", "NM-000001"), "Missing required option: '--before=TIME|now'",
                "revoke");
        assertUsageError(run("revoke", "--person", "NM-000001", "--before", "yesterday"),
                "Invalid value for option '--before': 'yesterday' is neither \"now\" nor a time like"
                        + " 2026-03-01T12:00:00Z",
                "revoke");
        assertUsageError(run("revoke", "--person", "NM-000001", "--before", "2999-01-01T00:00:00Z"),
                "Invalid value for option '--before': '2999-01-01T00:00:00Z' is in the future; cards not issued yet"
                        + " cannot be revoked this way",
                "revoke");
        assertUsageError(run("staff", "add", "--username", "ana", "--role", "boss"),
                "Invalid value for option '--role': expected one of [AGENT, SUPERVISOR, ADMIN] (case-insensitive)"
                        + " but was 'boss'",
                "staff add");
        assertUsageError(run("staff", "--username", "ana"), "Unknown options: '--username', 'ana'", "staff");
        assertUsageError(run("feed-sender", "list", "--all"), "Unknown option: '--all'", "feed-sender list");
    }

    @Test
    void theHelpAndUsageErrorsAreAnsweredBeforeAnythingStarts() {
        assertThat(PortalCommand.answerBeforeStart("issue", "--help")).hasValue(0);
        assertThat(PortalCommand.answerBeforeStart("issue", "--bogus")).hasValue(2);
        assertThat(PortalCommand.answerBeforeStart("revoke", "--person", "X")).hasValue(2);
        assertThat(PortalCommand.answerBeforeStart("staff")).as("a group without its command").hasValue(2);

        assertThat(PortalCommand.answerBeforeStart()).as("the portal").isEmpty();
        assertThat(PortalCommand.answerBeforeStart("generate", "--persons", "3")).isEmpty();
        assertThat(PortalCommand.answerBeforeStart("issue", "--person", "NM-000001", "--out", "x")).isEmpty();
        assertThat(PortalCommand.answerBeforeStart("revoke", "--person", "NM-000001", "--before", "now")).isEmpty();
        assertThat(PortalCommand.answerBeforeStart("staff", "add", "--username", "ana", "--role", "Admin")).isEmpty();
    }

    /** The error line, then the usage, starting with the synopsis of {@code command}. */
    private static void assertUsageError(CommandRun run, String error, String command) {
        assertThat(run.status()).as(error).isEqualTo(2);
        assertThat(run.out()).as(error).isEmpty();
        assertThat(run.err().lines().toList()).as(error).first().isEqualTo(error);
        assertThat(run.err().lines().skip(1).findFirst()).as(error)
                .hasValueSatisfying(usage -> assertThat(usage).startsWith("Usage: java -jar quarkus-run.jar " + command));
    }

    /** Command lines that are refused, or answered with help, before any command runs: no Quarkus needed. */
    private static CommandRun run(String... args) {
        return CommandRun.of(CommandLine.defaultFactory(), args);
    }
}
