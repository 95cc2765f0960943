package org.shcportal.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The MLLP feed's speed against a running portal: N VXU messages for N new people, sent over TLS on 4 connections at
 * once after {@code mllp.warm-up} unmeasured ones (default 20,000), each sender waiting for every ACK before its next
 * message (CDC Immunization IG Release 1.5, Addendum, "Acknowledgement Pattern"). Prints messages per second and the
 * p50 and p99 time from sending a message to its ACK.
 * Skipped unless {@code -Dbenchmark=true}; run it against a demo portal started with
 * {@code PORTAL_FEED_MLLP_PORT=2575 PORTAL_FEED_MLLP_ALLOWED_ADDRESSES=127.0.0.1 java -jar target/quarkus-app/quarkus-run.jar}:
 *
 * <pre>
 * ./mvnw test -Dtest=MllpBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmllp.port=2575 -Dmllp.messages=20000 -Dmllp.tls=$HOME/.local/share/shc-portal/tls
 * </pre>
 *
 * {@code mllp.tls} is the folder of the demo certificate ({@code localhost.p12} and its password file), which the
 * benchmark trusts; every message is answered AA or the benchmark fails.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MllpBenchmark {

    private static final int CONNECTIONS = 4;
    /**
     * Messages sent before the measured ones, so that the rate measured is the sustained one: the portal's and this
     * client's HotSpot C2 compiler takes a method once it was called 5,000 times or called and looped 15,000 times
     * (-XX:Tier4InvocationThreshold and Tier4CompileThreshold, JDK 17 and 25 defaults), and the first thousands of
     * messages run partly interpreted.
     */
    private static final int WARM_UP = 20_000;

    @Test
    void vxuMessagesOverFourConnections() throws Exception {
        int port = Integer.getInteger("mllp.port", 2575);
        int messages = Integer.getInteger("mllp.messages", 20_000);
        Path tls = Path.of(System.getProperty("mllp.tls", Path.of(System.getProperty("user.home"), ".local", "share",
                "shc-portal", "tls").toString()));
        SSLContext trust = TestCertificate.trusting(tls.resolve("localhost.p12"),
                Files.readString(tls.resolve("localhost.p12.password")).strip());
        over(port, trust, FeedMessages.unique("W"), Integer.getInteger("mllp.warm-up", WARM_UP));

        long start = System.nanoTime();
        long[] latencies = over(port, trust, FeedMessages.unique("B"), messages);
        double seconds = (System.nanoTime() - start) / 1e9;

        Arrays.sort(latencies);
        System.out.printf("MLLP feed: %d VXU messages over %d TLS connections in %.1f s: %.0f messages/s; ACK latency"
                + " p50 %.1f ms, p99 %.1f ms%n", latencies.length, CONNECTIONS, seconds, latencies.length / seconds,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
    }

    /** Sends {@code count} messages over {@link #CONNECTIONS} connections at once; the time each took to be answered. */
    private static long[] over(int port, SSLContext trust, String run, int count) throws Exception {
        return ConcurrentSenders.answerTimes(CONNECTIONS,
                connection -> send(port, trust, run, connection, count / CONNECTIONS));
    }

    /** Sends {@code count} messages on one connection; the time each took to be answered, in nanoseconds. */
    private static long[] send(int port, SSLContext trust, String run, int connection, int count) throws IOException {
        long[] latencies = new long[count];
        try (MllpSender sender = MllpSender.connect(port, trust, "127.0.0.1")) {
            for (int i = 0; i < count; i++) {
                String id = run + "-" + connection + "-" + i;
                // Segments ended by CR, as senders' interface engines send them (HL7 v2.5.1 section 2.5.2).
                String message = MllpReceiverTest.vxu("TC-" + id, "BENCH-" + id, "IMM-" + id).replace('\n', '\r');
                long sent = System.nanoTime();
                sender.send(message);
                String ack = sender.receive();
                latencies[i] = System.nanoTime() - sent;
                if (ack == null || !ack.contains("\rMSA|AA|")) {
                    throw new AssertionError("Message " + id + " was not accepted: " + ack);
                }
            }
        }
        return latencies;
    }
}
