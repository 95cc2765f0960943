package org.shcportal.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.postgresql.copy.CopyManager;

/**
 * Sends the rows of {@link CopyTable}s by COPY on a background thread, in the order they were handed over, so that
 * the caller makes the next rows while PostgreSQL stores the last ones: on two cores the JVM and PostgreSQL then
 * work at the same time. The connection belongs to the pipeline until {@link #drain} returns.
 */
public final class CopyPipeline implements AutoCloseable {

    /** At most this many chunks wait by default (a project choice: a few MB each, so memory stays bounded). */
    private static final int CHUNKS_IN_FLIGHT = 4;

    private final CopyManager copy;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "copy-pipeline");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore free;
    private final Deque<Future<?>> sent = new ArrayDeque<>();

    public CopyPipeline(CopyManager copy) {
        this(copy, CHUNKS_IN_FLIGHT);
    }

    /** A pipeline that lets at most {@code inFlight} chunks and steps wait, for a caller whose chunks are small. */
    public CopyPipeline(CopyManager copy, int inFlight) {
        this.copy = copy;
        this.free = new Semaphore(inFlight);
    }

    /** A statement, or a few, to run on the pipeline's connection in their turn among the chunks. */
    @FunctionalInterface
    public interface Step {
        void run() throws SQLException;
    }

    /** Hands the table's buffered rows over and empties its buffer; reports an earlier chunk's failure. */
    public void send(CopyTable table) throws SQLException, IOException {
        byte[] rows = table.take();
        if (rows.length == 0) {
            return;
        }
        String sql = table.copySql();
        queue(() -> copy.copyIn(sql, new ByteArrayInputStream(rows)));
    }

    /** Runs {@code step} after the chunks and steps handed over before it; reports an earlier one's failure. */
    public void run(Step step) throws SQLException, IOException {
        queue(() -> {
            step.run();
            return null;
        });
    }

    private void queue(Callable<?> work) throws SQLException, IOException {
        free.acquireUninterruptibly();
        sent.add(sender.submit(() -> {
            try {
                return work.call();
            } finally {
                free.release();
            }
        }));
        while (!sent.isEmpty() && sent.peek().isDone()) {
            await(sent.poll());
        }
    }

    /** Waits until every chunk is stored; the first failure is thrown. */
    public void drain() throws SQLException, IOException {
        while (!sent.isEmpty()) {
            await(sent.poll());
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }

    private static void await(Future<?> chunk) throws SQLException, IOException {
        try {
            chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while storing rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Storing rows failed", e.getCause());
        }
    }
}
