package org.shcportal.feed;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shcportal.database.DatabaseAvailability;

import ca.uhn.hl7v2.HL7Exception;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --hl7 FILE} writes the whole registry as HL7 v2.5.1 messages, one after another: per person a
 * VXU^V04 and an ORU^R01 per lab result ({@link Hl7Export}); {@code export --fhir-ndjson DIR} writes it as FHIR R4
 * Bulk Data NDJSON files ({@link NdjsonExport}). Either can be loaded back with {@code import}.
 */
@Command(name = "export", description = "Write the whole registry as HL7 v2.5.1 messages, or as FHIR R4 bulk NDJSON"
        + " files.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:the registry was written",
                "1:the database is not available, or writing failed",
                "2:usage error: a missing option or both options; nothing was started" })
public class ExportCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ExportCommand.class);
    private static final String SEGMENT_END = "\r\n";

    /** Exactly one target. */
    static final class Target {

        @Option(names = "--hl7", required = true, paramLabel = "FILE", description = "The file to write, UTF-8.")
        Path hl7;

        @Option(names = "--fhir-ndjson", required = true, paramLabel = "DIR", description = "The folder to write"
                + " Patient.ndjson, Immunization.ndjson, Observation.ndjson and RelatedPerson.ndjson into.")
        Path ndjson;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Spec
    CommandSpec spec;

    @Inject
    DatabaseAvailability database;

    @Inject
    FeedConfig config;

    @Inject
    RegistryRecords records;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.schemaCurrent()) {
            err.println("The registry database is not available; nothing was exported.");
            return 1;
        }
        long start = System.nanoTime();
        long persons;
        try {
            persons = target.hl7 != null ? exportHl7(target.hl7) : exportNdjson(target.ndjson);
        } catch (IOException | SQLException e) {
            LOG.errorf("An export stopped: %s", e.getClass().getName());
            err.println("The export stopped (" + e.getClass().getSimpleName() + "); what was written is incomplete.");
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("Exported %,d persons to %s in %.1f s (%,.0f persons/s).%n", persons,
                target.hl7 != null ? target.hl7 : target.ndjson, seconds, persons / Math.max(seconds, 1e-9));
        return 0;
    }

    private long exportHl7(Path file) throws IOException, SQLException {
        Hl7Export hl7 = new Hl7Export(config.assigningAuthority(), Hl7Export.stamp(LocalDateTime.now(ZoneOffset.UTC)));
        try (Writer out = PrivateFiles.writer(file)) {
            return records.forEach(record -> {
                try {
                    for (String message : hl7.messages(record)) {
                        out.write(message.replace("\r", SEGMENT_END));
                        if (!message.endsWith("\r")) {
                            out.write(SEGMENT_END);
                        }
                    }
                } catch (HL7Exception e) {
                    throw new IOException("A record could not be written as HL7", e);
                }
            });
        }
    }

    private long exportNdjson(Path folder) throws IOException, SQLException {
        try (NdjsonExport ndjson = new NdjsonExport(folder, config.assigningAuthority())) {
            return records.forEach(ndjson::write);
        }
    }
}
