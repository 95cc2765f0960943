package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;

import ca.uhn.hl7v2.model.v251.message.ACK;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The feed through a database outage: PostgreSQL stops while a sender streams VXU messages over MLLP, and starts again.
 * Messages that came while it was down are answered AR, "send it again", and nothing of them is half stored; sent
 * again once it is back, they are taken, by the same portal.
 */
@QuarkusTest
@TestProfile(MllpProfile.class)
class MllpOutageTest {

    private static final Duration PHASE = Duration.ofSeconds(20);

    @ConfigProperty(name = "portal.feed.mllp.port")
    int port;

    @ConfigProperty(name = "quarkus.tls.mllp.key-store.p12.path")
    Path store;

    @ConfigProperty(name = "quarkus.tls.mllp.key-store.p12.password")
    String password;

    @ConfigProperty(name = StoppableDatabase.DATA_DIR)
    Path dataDir;

    /** One message of the stream and its answer. */
    record Sent(String control, String person, String dose, String text, ACK ack) {

        boolean accepted() {
            return "AA".equals(ack.getMSA().getAcknowledgmentCode().getValue());
        }
    }

    @Test
    void messagesSentWhileTheDatabaseIsDownAreRefusedUnstoredAndTakenWhenSentAgain() throws Exception {
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean streaming = new AtomicBoolean(true);
        SSLContext tls = TestCertificate.trusting(store, password);
        Thread stream = new Thread(() -> stream(tls, sent, streaming), "mllp-stream");
        stream.start();
        try {
            awaitSent(sent, 5, Sent::accepted);
            StoppableDatabase.stopServer(dataDir);
            int beforeRestart = awaitSent(sent, 3, answer -> !answer.accepted());
            StoppableDatabase.startServer(dataDir);
            awaitSent(sent, 1, answer -> answer.accepted() && sent.indexOf(answer) >= beforeRestart);
        } finally {
            streaming.set(false);
            stream.join(PHASE.toMillis());
        }

        List<Sent> refused = List.copyOf(sent).stream().filter(answer -> !answer.accepted()).toList();
        assertThat(refused).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.ack().getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AR");
            assertThat(answer.ack().getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("207");
            assertThat(answer.ack().getERR(0).getUserMessage().getValue()).contains("send it again later");
        });
        assertThat(List.copyOf(sent)).allSatisfy(this::wholeOrAbsent);
        assertThat(List.copyOf(sent)).filteredOn(Sent::accepted).allSatisfy(this::stored);

        List<Sent> again = new ArrayList<>();
        try (MllpSender sender = MllpSender.connect(port, tls, "127.0.0.1")) {
            for (Sent answer : refused) {
                sender.send(answer.text());
                again.add(new Sent(answer.control(), answer.person(), answer.dose(), answer.text(),
                        FeedMessages.parse(sender.receive())));
            }
        }

        assertThat(again).allSatisfy(answer -> assertThat(answer.accepted()).as(answer.ack().toString()).isTrue())
                .allSatisfy(this::stored);
    }

    /** Sends messages one after another on one connection until told to stop, keeping each answer. */
    private void stream(SSLContext tls, List<Sent> sent, AtomicBoolean streaming) {
        try (MllpSender sender = MllpSender.connect(port, tls, "127.0.0.1")) {
            while (streaming.get()) {
                String control = FeedMessages.unique("TC");
                String person = FeedMessages.unique("OUT");
                String dose = FeedMessages.unique("IMM");
                String text = MllpReceiverTest.vxu(control, person, dose);
                sender.send(text);
                sent.add(new Sent(control, person, dose, text, FeedMessages.parse(sender.receive())));
            }
        } catch (Exception e) {
            throw new IllegalStateException("The stream stopped", e);
        }
    }

    /** Waits until {@code count} answers match; returns how many had been sent by then. */
    private static int awaitSent(List<Sent> sent, int count, Predicate<Sent> matching) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE.toNanos();
        while (System.nanoTime() < deadline) {
            List<Sent> now = List.copyOf(sent);
            if (now.stream().filter(matching).count() >= count) {
                return now.size();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Not " + count + " such answers within " + PHASE + "; answers: " + sent.size());
    }

    /** The message is stored whole (its feed_message row, its person, its dose) or not at all. */
    private void wholeOrAbsent(Sent message) {
        QuarkusTransaction.requiringNew().run(() -> {
            boolean row = FeedMessage.find("TESTCLINIC", message.control()).isPresent();
            boolean person = Person.findByRegistryId(message.person()).isPresent();
            long doses = Immunization.count("sourceId", message.dose() + "^TESTCLINIC");
            assertThat(List.of(person, doses == 1)).as(message.control()).containsOnly(row);
        });
    }

    private void stored(Sent message) {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(FeedMessage.find("TESTCLINIC", message.control())).as(message.control()).isPresent();
            assertThat(Person.findByRegistryId(message.person())).as(message.control()).isPresent();
            assertThat(Immunization.count("sourceId", message.dose() + "^TESTCLINIC")).isEqualTo(1);
        });
    }
}
