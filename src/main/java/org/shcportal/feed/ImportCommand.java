package org.shcportal.feed;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.shcportal.database.DatabaseAvailability;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import --hl7 FILE}: takes the HL7 v2.5.1 VXU messages of a file (one after another, or an FHS/BHS batch)
 * into the registry as the feed does, each message on its own: a bad message stores nothing of itself and does not
 * stop the others. Prints a line per message and a summary.
 */
@Command(name = "import", description = "Take the HL7 v2.5.1 VXU^V04 messages of FILE into the registry.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:every message was accepted (some perhaps with warnings)",
        "1:some messages were rejected (listed), or the database is not available; the others were stored",
        "2:usage error: a missing option or a file that cannot be read; nothing was started" })
public class ImportCommand implements Callable<Integer> {

    @Option(names = "--hl7", required = true, paramLabel = "FILE", description = "A file of HL7 messages or an"
            + " FHS/BHS batch, UTF-8.")
    Path file;

    @Spec
    CommandSpec spec;

    @Inject
    DatabaseAvailability database;

    @Inject
    FeedIngestion ingestion;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("Cannot read " + file + " as UTF-8 text; nothing was imported.");
            return 2;
        }
        if (!database.schemaCurrent()) {
            err.println("The registry database is not available; nothing was imported.");
            return 1;
        }
        List<String> messages = BatchFile.messages(text);
        List<Receipt> rejected = new ArrayList<>();
        int withWarnings = 0;
        for (int i = 0; i < messages.size(); i++) {
            Receipt receipt = ingestion.receive(messages.get(i));
            out.printf("%d/%d %s %s%s%n", i + 1, messages.size(), receipt.controlId().isEmpty() ? "(no control id)"
                    : receipt.controlId(), receipt.outcome(),
                    receipt.problems().isEmpty() ? ""
                            : " " + receipt.firstProblem());
            if (receipt.rejected()) {
                rejected.add(receipt);
            } else if (receipt.acceptedWithWarnings()) {
                withWarnings++;
            }
        }
        out.printf("%d messages: %d accepted (%d with warnings), %d rejected.%n", messages.size(),
                messages.size() - rejected.size(), withWarnings, rejected.size());
        for (Receipt receipt : rejected) {
            out.printf("Rejected %s: %s%n", receipt.controlId().isEmpty() ? "(no control id)" : receipt.controlId(),
                    receipt.firstProblem());
        }
        return rejected.isEmpty() ? 0 : 1;
    }
}
