package org.shcportal.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shcportal.database.CopyPipeline;
import org.shcportal.database.CopyTable;
import org.shcportal.feed.BulkRows.BadLine;
import org.shcportal.feed.NdjsonRuns.Run;
import org.shcportal.feed.NdjsonRuns.Skips;

/**
 * The Immunization file of a load into an empty registry, read on {@value NdjsonRuns#READERS} threads
 * ({@link NdjsonRuns}) into COPY rows of the registry's immunization table, so that the doses keep the file's order
 * and the bad lines are reported in it. Each dose's id is its line's number counted from the first id given: the ids
 * keep the file's order, and the lines skipped leave gaps, as a rolled back insert leaves one in an identity. The file
 * holds about twenty lines per person, and reading them is the import's largest share of the JVM's CPU
 * (docs/operations.md, "load-time").
 */
final class ImmunizationFile {

    /** A bad line: its number and the reason. */
    private record Skipped(long line, String reason) {
    }

    /** What a run gave: its rows and its bad lines. */
    private record Read(CopyTable rows, List<Skipped> skipped) {
    }

    private final Path path;
    private final BulkRows rows;
    private final Map<String, Long> personIds;
    private final long firstId;
    private long lines;
    private long doses;

    ImmunizationFile(Path path, BulkRows rows, Map<String, Long> personIds, long firstId) {
        this.path = path;
        this.rows = rows;
        this.personIds = personIds;
        this.firstId = firstId;
    }

    /** The id after the last one a dose of the file may have been given: the identity's next value. */
    long nextId() {
        return firstId + lines;
    }

    /** Sends the file's doses through {@code pipeline}; returns how many. */
    long copy(CopyPipeline pipeline, Skips skips) throws SQLException, IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        lines = NdjsonRuns.read(path, this::read, read -> handOn(read, pipeline, skips));
        return doses;
    }

    private void handOn(Read read, CopyPipeline pipeline, Skips skips) throws SQLException, IOException {
        for (Skipped skipped : read.skipped()) {
            skips.skip(skipped.line(), skipped.reason());
        }
        doses += read.rows().rowCount();
        pipeline.send(read.rows());
    }

    private Read read(Run run) {
        CopyTable table = BulkRows.registryDoses();
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < run.count(); i++) {
            try {
                rows.registryDose(ImmunizationLine.read(run.bytes(), run.start(i), run.length(i)),
                        firstId + run.numbers()[i] - 1, personIds, table);
            } catch (IOException e) {
                skipped.add(new Skipped(run.numbers()[i], NdjsonImport.NOT_JSON));
            } catch (BadLine e) {
                skipped.add(new Skipped(run.numbers()[i], e.getMessage()));
            }
        }
        return new Read(table, skipped);
    }
}
