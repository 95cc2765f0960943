package org.shcportal.staff;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.audit.Actor;
import org.shcportal.database.DatabaseAvailability;

/**
 * {@code staff add --username NAME --role ROLE}: creates a staff account, e.g. the first admin. The password comes
 * from standard input: asked twice without echo at a terminal, or the first line of piped input.
 */
@ApplicationScoped
public class StaffCommand {

    @Inject
    DatabaseAvailability database;

    @Inject
    StaffAccounts accounts;

    /** Runs the command; returns the process exit status. */
    public int run(StaffAddOptions options) {
        if (!database.schemaCurrent()) {
            System.err.println("The registry database is not available; no account was created.");
            return 1;
        }
        String password;
        try {
            password = readPassword();
        } catch (IOException e) {
            System.err.println("Reading the password failed: " + e.getMessage());
            return 1;
        }
        if (password == null) {
            System.err.println("No password given on standard input; no account was created.");
            return 1;
        }
        try {
            accounts.create(options.username(), options.role(), password, Actor.system());
        } catch (StaffAccounts.InvalidAccountException e) {
            System.err.println(e.getMessage() + " No account was created.");
            return 1;
        }
        System.out.println("Created " + options.role().label().toLowerCase() + " account "
                + StaffSignIn.normalized(options.username()) + ".");
        return 0;
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || !Arrays.equals(first, second)) {
                System.err.println("The two passwords differ.");
                return null;
            }
            return new String(first);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
