package org.shcportal.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An NDJSON file of a load into an empty registry, read on {@value #READERS} threads: the file is cut into runs of
 * {@value #LINES_PER_RUN} lines that are not blank, each run is read by one thread, and what the runs give is handed
 * on in the file's order, so that rows and bad lines keep it.
 */
final class NdjsonRuns {

    /** Two readers: the machines measured have two cores, PostgreSQL's COPY using part of one (docs/operations.md). */
    static final int READERS = 2;
    /** A project choice: a few MB of a file per run, as many rows as a COPY of the merging import. */
    static final int LINES_PER_RUN = NdjsonImport.ROWS_PER_TRANSACTION;

    /** A run of lines, copied out of the file's buffer: line {@code i} ends at {@code ends[i]}. */
    record Run(byte[] bytes, int[] ends, long[] numbers, int count) {

        int start(int i) {
            return i == 0 ? 0 : ends[i - 1];
        }

        int length(int i) {
            return ends[i] - start(i);
        }
    }

    /** Where a bad line goes: its number and the reason. */
    @FunctionalInterface
    interface Skips {
        void skip(long line, String reason);
    }

    /** Reads a run; called on the reader threads. */
    @FunctionalInterface
    interface Reader<R> {
        R read(Run run);
    }

    /** Takes what a run gave; called on the caller's thread, in the file's order. */
    @FunctionalInterface
    interface Taker<R> {
        void take(R read) throws SQLException, IOException;
    }

    private NdjsonRuns() {
    }

    /** Reads the file at {@code path} by runs; returns the number of its last line. */
    static <R> long read(Path path, Reader<R> reader, Taker<R> taker) throws SQLException, IOException {
        ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
            Thread thread = new Thread(runnable, "ndjson-reader");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<R>> reading = new ArrayDeque<>();
        try (NdjsonLines lines = new NdjsonLines(path)) {
            for (Run run = run(lines); run.count() > 0; run = run(lines)) {
                Run taken = run;
                reading.add(readers.submit(() -> reader.read(taken)));
                if (reading.size() > READERS) {
                    taker.take(await(reading.poll()));
                }
            }
            while (!reading.isEmpty()) {
                taker.take(await(reading.poll()));
            }
            return lines.number();
        } finally {
            readers.shutdownNow();
        }
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

    private static <R> R await(Future<R> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading a file", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading a file failed", e.getCause());
        }
    }
}
