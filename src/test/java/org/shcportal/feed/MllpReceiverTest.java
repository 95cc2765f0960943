package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.util.StandardSocketFactory;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** VXU messages over the MLLP listener: TLS, the allow-list, one ACK per frame, and frames that are not HL7. */
@QuarkusTest
@TestProfile(MllpProfile.class)
class MllpReceiverTest {

    @ConfigProperty(name = "portal.feed.mllp.port")
    int port;

    @ConfigProperty(name = "quarkus.tls.mllp.key-store.p12.path")
    Path store;

    @ConfigProperty(name = "quarkus.tls.mllp.key-store.p12.password")
    String password;

    @Test
    void aVxuOverTlsIsAcceptedInUtf8AndItsDoseStoredAndTheAckIsTheOneRecorded() throws Exception {
        String person = FeedMessages.unique("MLLP");
        String dose = FeedMessages.unique("IMM");
        String control = FeedMessages.unique("TC");
        String vxu = vxu(control, person, dose).replaceFirst("Testperson\\^Avery", "Muñoz^Avery");

        ACK ack;
        try (HapiContext client = hapiClient()) {
            Connection connection = client.newClient("127.0.0.1", port, true);
            connection.getInitiator().setTimeout(30, TimeUnit.SECONDS);
            ack = (ACK) connection.getInitiator().sendAndReceive(client.getPipeParser().parse(vxu));
            connection.close();
        }

        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        assertThat(ack.getMSA().getMessageControlID().getValue()).isEqualTo(control);
        QuarkusTransaction.requiringNew().run(() -> {
            Person stored = Person.findByRegistryId(person).orElseThrow();
            assertThat(stored.familyName).isEqualTo("Muñoz");
            assertThat(Immunization.listCompletedForPerson(stored)).extracting(d -> d.sourceId)
                    .containsExactly(dose + "^TESTCLINIC");
            String recorded = FeedMessage.find("TESTCLINIC", control).orElseThrow().ack;
            assertThat(ack.getMSH().getMessageControlID().getValue())
                    .isEqualTo(recorded.split("\r")[0].split("\\|")[9]);
        });
    }

    @Test
    void messagesOneAfterAnotherOnOneConnectionGetOneAckEachInOrder() throws Exception {
        List<String> controls = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        try (MllpSender sender = MllpSender.connect(port, tls(), "127.0.0.1")) {
            for (int i = 0; i < 5; i++) {
                String control = FeedMessages.unique("TC");
                controls.add(control);
                sender.send(vxu(control, FeedMessages.unique("MLLP"), FeedMessages.unique("IMM")));
                answered.add(FeedMessages.parse(sender.receive()).getMSA().getMessageControlID().getValue());
            }
            sender.send(vxu(controls.get(0), FeedMessages.unique("MLLP"), FeedMessages.unique("IMM")));
            answered.add(FeedMessages.parse(sender.receive()).getMSA().getMessageControlID().getValue());
        }

        assertThat(answered).containsExactly(controls.get(0), controls.get(1), controls.get(2), controls.get(3),
                controls.get(4), controls.get(0));
        QuarkusTransaction.requiringNew().run(() -> assertThat(controls)
                .allSatisfy(control -> assertThat(FeedMessage.find("TESTCLINIC", control)).isPresent()));
    }

    @Test
    void aFrameThatIsNotHl7GetsAnArAndTheConnectionStaysOpen() throws Exception {
        String person = FeedMessages.unique("MLLP");
        try (MllpSender sender = MllpSender.connect(port, tls(), "127.0.0.1")) {
            sender.send("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n");
            ACK refused = FeedMessages.parse(sender.receive());
            sender.send("x".repeat(MllpProfile.MAX_MESSAGE_LENGTH * 2));
            ACK tooLong = FeedMessages.parse(sender.receive());
            sender.send(vxu(FeedMessages.unique("TC"), person, FeedMessages.unique("IMM")));
            ACK accepted = FeedMessages.parse(sender.receive());

            assertThat(refused.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AR");
            assertThat(refused.getERR(0).getUserMessage().getValue()).contains("not an HL7 version 2 message");
            assertThat(tooLong.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AR");
            assertThat(tooLong.getERR(0).getUserMessage().getValue()).contains("longer than "
                    + MllpProfile.MAX_MESSAGE_LENGTH);
            assertThat(accepted.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        }
    }

    @Test
    void aBatchInOneFrameGetsABatchOfAcksInOrderAndItsGoodMessagesAreStored() throws Exception {
        String run = "RUN" + UUID.randomUUID().toString().substring(0, 8);
        String reply;
        try (MllpSender sender = MllpSender.connect(port, tls(), "127.0.0.1")) {
            sender.send(FeedMessages.load("batch.hl7", Map.of("RUN", run)).replace("BTS|3", "BTS|4"));
            reply = sender.receive();
        }

        List<String> segments = List.of(reply.split("\r"));
        assertThat(segments).extracting(segment -> segment.substring(0, 3)).containsExactly("FHS", "BHS", "MSH", "MSA",
                "MSH", "MSA", "ERR", "MSH", "MSA", "BTS", "FTS");
        assertThat(segments.get(0).split("\\|")).startsWith("FHS", "^~\\&", "NMSIIS", "NMSIIS", "TESTEHR", "TESTCLINIC");
        assertThat(segments).filteredOn(segment -> segment.startsWith("MSA")).containsExactly("MSA|AA|" + run + "-B1",
                "MSA|AE|" + run + "-B2", "MSA|AA|" + run + "-B3");
        assertThat(segments.subList(9, 11)).containsExactly("BTS|3|BTS-1 counts 4 messages, the batch holds 3.",
                "FTS|1");
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Person.findByRegistryId(run + "-P1")).isPresent();
            assertThat(Person.findByRegistryId(run + "-P2")).isEmpty();
            assertThat(Person.findByRegistryId(run + "-P3")).isPresent();
            assertThat(FeedMessage.find("TESTCLINIC", run + "-B2").orElseThrow().ack).startsWith("MSH")
                    .contains("MSA|AE|" + run + "-B2");
        });
    }

    @Test
    void aSenderOutsideTheAllowListIsDisconnectedAndNothingIsStored() throws Exception {
        String person = FeedMessages.unique("MLLP");
        Throwable refused;
        try (MllpSender sender = MllpSender.connect(port, tls(), "127.0.0.2")) {
            refused = catchThrowable(() -> {
                sender.send(vxu(FeedMessages.unique("TC"), person, FeedMessages.unique("IMM")));
                assertThat(sender.receive()).isNull();
            });
        }

        assertThat(refused).as("the TLS handshake fails: the listener closed the connection")
                .isInstanceOf(IOException.class);
        assertThat(stored(person)).isFalse();
    }

    @Test
    void aPlainClientToTheTlsListenerStoresNothing() throws Exception {
        String person = FeedMessages.unique("MLLP");
        String answer;
        try (MllpSender sender = MllpSender.connect(port, null, "127.0.0.1")) {
            sender.send(vxu(FeedMessages.unique("TC"), person, FeedMessages.unique("IMM")));
            answer = receiveOrNull(sender);
        }

        assertThat(answer).as("no ACK over plain TCP").isNull();
        assertThat(stored(person)).isFalse();
    }

    private static String receiveOrNull(MllpSender sender) {
        try {
            return sender.receive();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean stored(String person) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId(person).isPresent());
    }

    private SSLContext tls() {
        return TestCertificate.trusting(store, password);
    }

    /** HAPI's own MLLP client, in UTF-8 and over TLS trusting the test certificate only. */
    private HapiContext hapiClient() {
        SSLContext tls = tls();
        HapiContext client = new DefaultHapiContext();
        client.setValidationContext(ValidationContextFactory.noValidation());
        client.getLowerLayerProtocol().setCharset(StandardCharsets.UTF_8);
        client.setSocketFactory(new StandardSocketFactory() {
            @Override
            public Socket createTlsSocket() throws IOException {
                Socket socket = tls.getSocketFactory().createSocket();
                socket.setSoTimeout(getAcceptedSocketTimeout());
                return socket;
            }
        });
        return client;
    }

    static String vxu(String control, String person, String dose) {
        return FeedMessages.load("new-person.hl7", Map.of("CONTROL", control, "PERSON", person, "DOSE", dose));
    }
}
