package org.shcportal.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.shcportal.database.CopyPipeline;
import org.shcportal.feed.BulkRows.BadLine;
import org.shcportal.feed.BulkRows.PatientLine;
import org.shcportal.feed.NdjsonRuns.Run;
import org.shcportal.feed.NdjsonRuns.Skips;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Patient file of a load into an empty registry, its lines read and checked on {@value NdjsonRuns#READERS}
 * threads ({@link NdjsonRuns}) and staged in the file's order, so that the same lines win as when it is read on one
 * thread: the latest line of each registry id. Reading it is the part of the load where PostgreSQL mostly waits
 * (docs/operations.md, "Replay and bulk load").
 */
final class PatientFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final BulkRows rows;

    PatientFile(Path path, BulkRows rows) {
        this.path = path;
        this.rows = rows;
    }

    /** Stages the file's persons, their names, contacts and addresses through {@code pipeline}. */
    void copy(CopyPipeline pipeline, Skips skips) throws SQLException, IOException {
        if (!Files.exists(path)) {
            return;
        }
        NdjsonRuns.read(path, PatientFile::read, read -> handOn(read, pipeline, skips));
    }

    /** A run's lines as read, each with its number. */
    private record Read(PatientLine[] lines, long[] numbers) {
    }

    private static Read read(Run run) {
        PatientLine[] lines = new PatientLine[run.count()];
        for (int i = 0; i < run.count(); i++) {
            lines[i] = line(run, i);
        }
        return new Read(lines, run.numbers());
    }

    private static PatientLine line(Run run, int i) {
        try {
            return BulkRows.patient(JSON.readTree(run.bytes(), run.start(i), run.length(i)));
        } catch (IOException e) {
            return PatientLine.bad(NdjsonImport.NOT_JSON);
        } catch (BadLine e) {
            return PatientLine.bad(e.getMessage());
        }
    }

    private void handOn(Read read, CopyPipeline pipeline, Skips skips) throws SQLException, IOException {
        for (int i = 0; i < read.lines().length; i++) {
            try {
                rows.add(read.lines()[i]);
            } catch (BadLine e) {
                skips.skip(read.numbers()[i], e.getMessage());
            }
        }
        pipeline.send(rows.persons);
        pipeline.send(rows.names);
        pipeline.send(rows.contacts);
        pipeline.send(rows.addresses);
    }
}
