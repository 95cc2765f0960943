package org.shcportal.feed;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import jakarta.inject.Inject;

import org.shcportal.database.DatabaseAvailability;
import org.shcportal.staff.PasswordPrompt;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feed-sender add|disable|list}: the organisations that may submit HL7 messages over SOAP. The password comes
 * from standard input, never from the command line (where {@code ps} and shell history would show it): asked twice
 * without echo at a terminal, or the first line of piped input.
 */
@Command(name = "feed-sender", description = "Senders of the registry feed over SOAP.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "2:usage error: no command, or an unknown one; nothing was started" })
public class FeedSenderCommand {

    private static final String DATABASE_DOWN = "The registry database is not available; nothing was changed.";

    @Spec
    CommandSpec spec;

    @Inject
    DatabaseAvailability database;

    @Inject
    FeedSenders senders;

    /** Runs {@code feed-sender add}; returns the process exit status. */
    @Command(name = "add", description = "Add a sender that may submit for the given facilities (MSH-4). The"
            + " password is read from standard input (asked twice at a terminal).", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                    "0:the sender was added",
                    "1:no password, a username, facility or password the portal refuses, or the database is not"
                            + " available; no sender was added",
                    "2:usage error: a missing or bad option; nothing was started" })
    int add(@Option(names = "--username", required = true, paramLabel = "NAME", description = "The sender's username.") String username,
            @Option(names = "--facility", required = true, paramLabel = "ID", description = "A facility id the sender may submit for, as in MSH-4; repeat for more.") List<String> facilities) {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.schemaCurrent()) {
            err.println(DATABASE_DOWN);
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
            err.println("No password given on standard input; no sender was added.");
            return 1;
        }
        try {
            senders.add(username, facilities, password);
        } catch (FeedSenders.InvalidSenderException e) {
            err.println(e.getMessage() + " No sender was added.");
            return 1;
        }
        spec.commandLine().getOut().println("Added sender " + username + " for " + String.join(", ", facilities)
                + ".");
        return 0;
    }

    /** Runs {@code feed-sender disable}; returns the process exit status. */
    @Command(name = "disable", description = "Refuse every further message of a sender.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the sender is disabled",
            "1:there is no such sender, or the database is not available",
            "2:usage error: a missing or bad option; nothing was started" })
    int disable(
            @Option(names = "--username", required = true, paramLabel = "NAME", description = "The sender's username.") String username) {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.schemaCurrent()) {
            err.println(DATABASE_DOWN);
            return 1;
        }
        if (!senders.disable(username)) {
            err.println("There is no sender named " + username + "; nothing was changed.");
            return 1;
        }
        spec.commandLine().getOut().println("Disabled sender " + username + ".");
        return 0;
    }

    /** Runs {@code feed-sender list}; returns the process exit status. */
    @Command(name = "list", description = "List the senders: username, state, facilities, created, last used.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the senders were listed",
            "1:the database is not available",
            "2:usage error: an unknown option; nothing was started" })
    int list() {
        if (!database.schemaCurrent()) {
            spec.commandLine().getErr().println("The registry database is not available.");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<FeedSender> all = senders.list();
        for (FeedSender sender : all) {
            out.printf("%s\t%s\t%s\tcreated %s\tlast used %s%n", sender.username,
                    sender.enabled ? "enabled" : "disabled", String.join(",", sender.facilityIds), sender.createdAt,
                    sender.lastUsedAt == null ? "never" : sender.lastUsedAt);
        }
        out.printf("%d senders.%n", all.size());
        return 0;
    }

}
