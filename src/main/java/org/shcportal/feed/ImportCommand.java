package org.shcportal.feed;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shcportal.database.DatabaseAvailability;

import io.agroal.api.AgroalDataSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import --hl7 FILE}: takes the HL7 v2.5.1 VXU messages of a file (one after another, or an FHS/BHS batch)
 * into the registry as the feed does, each message on its own: a bad message stores nothing of itself and does not
 * stop the others. Prints a line per message and a summary. {@code import --fhir-ndjson DIR}: loads FHIR R4 Bulk
 * Data NDJSON files ({@link NdjsonImport}), reporting and skipping bad lines, with a progress line and a summary.
 */
@Command(name = "import", description = "Take HL7 v2.5.1 VXU^V04 messages, or FHIR R4 bulk NDJSON files, into the"
        + " registry.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:everything was taken (some messages perhaps with warnings)",
                "1:some messages or lines were rejected (listed), a batch trailer's count disagrees with the file (the"
                        + " file may be cut short), or the database is not available; the others were stored",
                "2:usage error: a missing option, both options, or a file or folder that cannot be read; nothing was"
                        + " started" })
public class ImportCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ImportCommand.class);
    private static final List<String> NDJSON_FILES = List.of(FhirTerms.PATIENT_FILE, FhirTerms.IMMUNIZATION_FILE,
            FhirTerms.OBSERVATION_FILE, FhirTerms.RELATED_PERSON_FILE);

    /** Exactly one source. */
    static final class Source {

        @Option(names = "--hl7", required = true, paramLabel = "FILE", description = "A file of HL7 messages or an"
                + " FHS/BHS batch, UTF-8.")
        Path hl7;

        @Option(names = "--fhir-ndjson", required = true, paramLabel = "DIR", description = "A folder with FHIR R4"
                + " bulk files Patient.ndjson, Immunization.ndjson, Observation.ndjson, RelatedPerson.ndjson (any of"
                + " them).")
        Path ndjson;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Spec
    CommandSpec spec;

    @Inject
    DatabaseAvailability database;

    @Inject
    FeedIngestion ingestion;

    @Inject
    FeedConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Integer call() {
        return source.hl7 != null ? importHl7(source.hl7) : importNdjson(source.ndjson);
    }

    private int importHl7(Path file) {
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
        List<String> mismatches = BatchFile.trailerMismatches(text);
        for (String mismatch : mismatches) {
            out.println("The file may be incomplete: " + mismatch);
        }
        return rejected.isEmpty() && mismatches.isEmpty() ? 0 : 1;
    }

    private int importNdjson(Path folder) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder) || NDJSON_FILES.stream()
                .noneMatch(name -> Files.isReadable(folder.resolve(name)))) {
            err.println("Cannot read " + folder + " as a folder with any of " + String.join(", ", NDJSON_FILES)
                    + "; nothing was imported.");
            return 2;
        }
        if (!database.schemaCurrent()) {
            err.println("The registry database is not available; nothing was imported.");
            return 1;
        }
        long start = System.nanoTime();
        NdjsonImport.Counts counts;
        try (Connection connection = dataSource.getConnection()) {
            counts = new NdjsonImport(connection, config.assigningAuthority(), out).load(folder);
        } catch (SQLException | IOException e) {
            // The class and SQL state only: a message may quote the data.
            LOG.errorf("A bulk import stopped: %s %s", e.getClass().getName(),
                    e instanceof SQLException sql ? sql.getSQLState() : "");
            err.println("The import stopped (" + e.getClass().getSimpleName() + "); what was loaded before stays,"
                    + " and loading the same files again completes it.");
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Imported %,d persons, %,d immunizations, %,d observations, %,d guardian links in %.1f s"
                + " (%,.0f persons/s); %,d lines skipped.%n", counts.persons, counts.immunizations, counts.observations,
                counts.guardianLinks, seconds, counts.persons / Math.max(seconds, 1e-9), counts.skipped);
        return counts.skipped == 0 ? 0 : 1;
    }
}
