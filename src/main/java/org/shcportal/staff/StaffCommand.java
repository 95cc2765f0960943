package org.shcportal.staff;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.inject.Inject;

import org.shcportal.audit.Actor;
import org.shcportal.database.DatabaseAvailability;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code staff add --username NAME --role ROLE}: creates a staff account, e.g. the first admin. The password comes
 * from standard input, never from the command line (where {@code ps} and shell history would show it): asked twice
 * without echo at a terminal, or the first line of piped input.
 */
@Command(name = "staff", description = "Help-desk staff accounts.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "2:usage error: no command, or an unknown one; nothing was started" })
public class StaffCommand {

    @Spec
    CommandSpec spec;

    @Inject
    DatabaseAvailability database;

    @Inject
    StaffAccounts accounts;

    /** Runs {@code staff add}; returns the process exit status. */
    @Command(name = "add", description = "Create a help-desk account. The password is read from standard input"
            + " (asked twice at a terminal).", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                    "0:the account was created",
                    "1:no password, a password or username the portal refuses, or the database is not available;"
                            + " no account was created",
                    "2:usage error: a missing or bad option; nothing was started" })
    int add(@Option(names = "--username", required = true, paramLabel = "NAME", description = "The account's username.") String username,
            @Option(names = "--role", required = true, paramLabel = "ROLE", description = "agent, supervisor or admin") StaffRole role) {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.schemaCurrent()) {
            err.println("The registry database is not available; no account was created.");
            return 1;
        }
        String password;
        try {
            password = PasswordPrompt.read(err);
        } catch (IOException e) {
            err.println("Reading the password failed: " + e.getMessage());
            return 1;
        }
        if (password == null) {
            err.println("No password given on standard input; no account was created.");
            return 1;
        }
        try {
            accounts.create(username, role, password, Actor.system());
        } catch (StaffAccounts.InvalidAccountException e) {
            err.println(e.getMessage() + " No account was created.");
            return 1;
        }
        spec.commandLine().getOut().println("Created " + role.label().toLowerCase() + " account "
                + StaffSignIn.normalized(username) + ".");
        return 0;
    }

}
