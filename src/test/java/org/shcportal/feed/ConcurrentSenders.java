package org.shcportal.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

/** Feed senders running at once, each on a thread of its own, as a benchmark's load. */
final class ConcurrentSenders {

    /** One sender: sends its share of the messages and returns the time each took to be answered, in nanoseconds. */
    @FunctionalInterface
    interface Sender {
        long[] send(int index) throws Exception;
    }

    private ConcurrentSenders() {
    }

    /** Runs senders 0 to {@code count - 1} at once; every answer time they measured, in one array. */
    static long[] answerTimes(int count, Sender sender) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                parts.add(pool.submit(() -> sender.send(index)));
            }
            LongStream all = LongStream.empty();
            for (Future<long[]> part : parts) {
                all = LongStream.concat(all, Arrays.stream(part.get()));
            }
            return all.toArray();
        } finally {
            pool.shutdown();
        }
    }
}
