package org.shcportal.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.shcportal.database.CopyPipeline;
import org.shcportal.database.CopyTable;
import org.shcportal.feed.BulkRows.BadLine;

/**
 * The Immunization file of a load into an empty registry, read on {@value #READERS} threads: the file is cut into
 * runs of {@value #LINES_PER_RUN} lines, each run is read by one thread into COPY rows of the registry's immunization
 * table, and the runs' rows and bad lines are handed on in the file's order, so that the doses keep the file's order
 * and the bad lines are reported in it. Each dose's id is its line's number counted from the first id given: the ids
 * keep the file's order, and the lines skipped leave gaps, as a rolled back insert leaves one in an identity. The file holds
 * about twenty lines per person, and reading them is the
 * import's largest share of the JVM's CPU (docs/operations.md, "load-time").
 */
final class ImmunizationFile {

    /** Two readers: the machines measured have two cores, PostgreSQL's COPY using part of one (docs/operations.md). */
    static final int READERS = 2;
    /** A project choice: a few MB of a file per run, as many rows as a COPY of the merging import. */
    static final int LINES_PER_RUN = NdjsonImport.ROWS_PER_TRANSACTION;

    /** Where a bad line goes: its number and the reason. */
    @FunctionalInterface
    interface Skips {
        void skip(long line, String reason);
    }

    /** A run of lines, copied out of the file's buffer: line {@code i} ends at {@code ends[i]}. */
    private record Run(byte[] bytes, int[] ends, long[] numbers, int count) {
    }

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
        long doses = 0;
        ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
            Thread thread = new Thread(runnable, "immunization-reader");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Read>> reading = new ArrayDeque<>();
        try (NdjsonLines lines = new NdjsonLines(path)) {
            for (Run run = run(lines); run.count() > 0; run = run(lines)) {
                Run taken = run;
                reading.add(readers.submit(() -> read(taken)));
                if (reading.size() > READERS) {
                    doses += handOn(await(reading.poll()), pipeline, skips);
                }
            }
            while (!reading.isEmpty()) {
                doses += handOn(await(reading.poll()), pipeline, skips);
            }
            this.lines = lines.number();
        } finally {
            readers.shutdownNow();
        }
        return doses;
    }

    private static long handOn(Read read, CopyPipeline pipeline, Skips skips) throws SQLException, IOException {
        for (Skipped skipped : read.skipped()) {
            skips.skip(skipped.line(), skipped.reason());
        }
        long doses = read.rows().rowCount();
        pipeline.send(read.rows());
        return doses;
    }

    /** The next run of lines that are not blank; none at the end of the file. */
    private static Run run(NdjsonLines lines) throws IOException {
        byte[] bytes = new byte[1 << 20];
        int[] ends = new int[LINES_PER_RUN];
        long[] numbers = new long[LINES_PER_RUN];
        int count = 0;
        int size = 0;
        while (count < LINES_PER_RUN && lines.next()) {
            if (lines.blank()) {
                continue;
            }
            if (size + lines.length() > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + lines.length()));
            }
            System.arraycopy(lines.bytes(), lines.offset(), bytes, size, lines.length());
            size += lines.length();
            ends[count] = size;
            numbers[count] = lines.number();
            count++;
        }
        return new Run(bytes, ends, numbers, count);
    }

    private Read read(Run run) {
        CopyTable table = BulkRows.registryDoses();
        List<Skipped> skipped = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < run.count(); i++) {
            try {
                rows.registryDose(ImmunizationLine.read(run.bytes(), start, run.ends()[i] - start),
                        firstId + run.numbers()[i] - 1, personIds, table);
            } catch (IOException e) {
                skipped.add(new Skipped(run.numbers()[i], NdjsonImport.NOT_JSON));
            } catch (BadLine e) {
                skipped.add(new Skipped(run.numbers()[i], e.getMessage()));
            }
            start = run.ends()[i];
        }
        return new Read(table, skipped);
    }

    private static Read await(Future<Read> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading doses", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading doses failed", e.getCause());
        }
    }
}
