package org.shcportal.staff;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A new password for an operator command, never from its arguments (they show in the process list and the shell's
 * history): asked twice without echo at a terminal, else the first line of standard input.
 */
public final class PasswordPrompt {

    private PasswordPrompt() {
    }

    /** The password, or null (with the reason on {@code err}) when the two typed at a terminal differ. */
    public static String read(PrintWriter err) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || !Arrays.equals(first, second)) {
                err.println("The two passwords differ.");
                return null;
            }
            return new String(first);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
