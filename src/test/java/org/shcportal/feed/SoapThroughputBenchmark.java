package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Throughput of the SOAP receiver: {@code benchmark.messages} VXUs (default 2000), each for a new person with one dose,
 * sent by 4 clients at once, as one sender, to the running portal. Prints messages per second and the 50th and 99th
 * percentile of the time to an answer, and the CPU per message of the test's JVM (the portal and the clients) and of
 * PostgreSQL ({@link ProcessCpu}). Run it alone:
 * {@code ./mvnw -B -q test -Dtest=SoapThroughputBenchmark -Dbenchmark=true [-Dbenchmark.messages=N]
 * [-Dbenchmark.warm-up=N]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SoapThroughputBenchmark {

    private static final int CLIENTS = 4;
    /**
     * Messages sent before the measured ones, so that the throughput measured is the sustained one: CXF, HAPI and the
     * JIT warm up on them, and HotSpot's C2 compiler, which takes a method once it was called 5,000 times or called
     * and looped 15,000 times (-XX:Tier4InvocationThreshold and Tier4CompileThreshold, JDK 17 and 25 defaults), has
     * compiled every step a message takes.
     */
    private static final int WARM_UP = 10_000;

    @TestHTTPResource("/feed/soap")
    URL endpoint;

    @Inject
    FeedSenders senders;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void sendManyMessages() throws Exception {
        int messages = Integer.getInteger("benchmark.messages", 2000);
        String facility = FeedMessages.unique("BENCH");
        String username = SoapClients.addSender(senders, "bench", facility);
        run(username, facility, Integer.getInteger("benchmark.warm-up", WARM_UP));

        ProcessCpu cpu = ProcessCpu.now(dataSource);
        long start = System.nanoTime();
        long[] nanos = run(username, facility, messages);
        double seconds = (System.nanoTime() - start) / 1e9;
        String perMessage = ProcessCpu.now(dataSource).perMessageSince(cpu, messages);

        Arrays.sort(nanos);
        System.out.printf("SOAP throughput: %d messages, %d clients, %.1f s: %.0f messages/s, p50 %.1f ms,"
                + " p99 %.1f ms%n", messages, CLIENTS, seconds, messages / seconds,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
        System.out.printf("SOAP CPU per message: test JVM (portal and the %d clients) %s%n", CLIENTS, perMessage);
    }

    /** Sends {@code count} messages over {@link #CLIENTS} clients; the time of each, every answer an AA. */
    private long[] run(String username, String facility, int count) throws Exception {
        return ConcurrentSenders.answerTimes(CLIENTS,
                client -> send(username, facility, count / CLIENTS + (client < count % CLIENTS ? 1 : 0)));
    }

    private long[] send(String username, String facility, int count) throws Exception {
        IisPortType client = SoapClients.client(endpoint);
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            String control = FeedMessages.unique("B");
            String message = SoapClients.vxu(facility, control, FeedMessages.unique("P"), "03");
            long start = System.nanoTime();
            String ack = client.submitSingleMessage(username, SoapClients.PASSWORD, facility, message);
            times[i] = System.nanoTime() - start;
            assertThat(ack).contains("MSA|AA|" + control);
        }
        return times;
    }
}
