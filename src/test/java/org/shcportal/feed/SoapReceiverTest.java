package org.shcportal.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;

import ca.uhn.hl7v2.model.v251.message.ACK;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;

/**
 * The CDC IIS web service as a registry's sending system uses it: a JAX-WS client made from the WSDL the portal
 * serves, and a SOAP 1.1 envelope made with SAAJ.
 */
@QuarkusTest
class SoapReceiverTest {

    @TestHTTPResource("/feed/soap")
    URL endpoint;

    @Inject
    FeedSenders senders;

    @Test
    void connectivityTestEchoesWithoutCredentials() throws Exception {
        assertThat(SoapClients.client(endpoint).connectivityTest("ping 42")).isEqualTo("ping 42");
    }

    @Test
    void aVxuFromASignedInSenderIsStoredAndAnsweredWithAnAaAck() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        String person = FeedMessages.unique("FEED");
        String control = FeedMessages.unique("TC");

        String answer = SoapClients.client(endpoint).submitSingleMessage(username, SoapClients.PASSWORD, facility,
                SoapClients.vxu(facility, control, person, "03"));

        ACK ack = FeedMessages.parse(answer);
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        assertThat(ack.getMSA().getMessageControlID().getValue()).isEqualTo(control);
        QuarkusTransaction.requiringNew().run(() -> {
            Person stored = Person.findByRegistryId(person).orElseThrow();
            assertThat(Immunization.listCompletedForPerson(stored)).singleElement().satisfies(dose -> {
                assertThat(dose.cvxCode).isEqualTo("03");
                assertThat(dose.sourceId).isEqualTo("D-" + control + "^" + facility);
            });
            assertThat(FeedSender.findByUsername(username).orElseThrow().lastUsedAt).isNotNull();
        });
    }

    @Test
    void aContentErrorComesBackAsAnAeAckNotAFault() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        String person = FeedMessages.unique("FEED");

        String answer = SoapClients.client(endpoint).submitSingleMessage(username, SoapClients.PASSWORD, facility,
                SoapClients.vxu(facility, FeedMessages.unique("TC"), person, "999X"));

        ACK ack = FeedMessages.parse(answer);
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("103");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId(person))).isEmpty();
    }

    @Test
    void theSameMessageTwiceGetsTheSameAck() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        String message = SoapClients.vxu(facility, FeedMessages.unique("TC"), FeedMessages.unique("FEED"), "03");
        IisPortType client = SoapClients.client(endpoint);

        String first = client.submitSingleMessage(username, SoapClients.PASSWORD, facility, message);
        String second = client.submitSingleMessage(username, SoapClients.PASSWORD, facility, message);

        assertThat(second).isEqualTo(first).contains("MSA|AA|");
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledSenderGetTheSameSecurityFault() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        String disabled = SoapClients.addSender(senders, "sender", facility);
        senders.disable(disabled);
        IisPortType client = SoapClients.client(endpoint);
        String message = SoapClients.vxu(facility, FeedMessages.unique("TC"), FeedMessages.unique("FEED"), "03");

        client.connectivityTest("warm up");
        SecurityFault wrongPassword = catchThrowableOfType(SecurityFault.class,
                () -> client.submitSingleMessage(username, "not the password", facility, message));
        SecurityFault unknownUser = catchThrowableOfType(SecurityFault.class,
                () -> client.submitSingleMessage("nobody-" + username, SoapClients.PASSWORD, facility, message));
        SecurityFault disabledSender = catchThrowableOfType(SecurityFault.class,
                () -> client.submitSingleMessage(disabled, SoapClients.PASSWORD, facility, message));

        for (SecurityFault fault : List.of(wrongPassword, unknownUser, disabledSender)) {
            assertThat(fault.getFaultInfo().getCode()).hasToString("10");
            assertThat(fault.getFaultInfo().getReason()).isEqualTo("Security");
            assertThat(fault.getFaultInfo().getDetail()).isEqualTo(wrongPassword.getFaultInfo().getDetail());
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> list(
                "action = ?1 and reason like ?2", AuditAction.FEED_SENDER_SIGN_IN_FAILED, "% " + username)))
                .singleElement().satisfies(event -> {
                    assertThat(event.reason).isEqualTo("WRONG_PASSWORD " + username);
                    assertThat(event.ipHash).isNotNull();
                });
    }

    @Test
    void anUnknownUsernameTakesAsLongAsAWrongPassword() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        IisPortType client = SoapClients.client(endpoint);
        String message = SoapClients.vxu(facility, FeedMessages.unique("TC"), FeedMessages.unique("FEED"), "03");
        client.connectivityTest("warm up");

        // The fastest of three of each: the machine's other work only ever adds time.
        long wrongPassword = Long.MAX_VALUE;
        long unknownUsername = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            wrongPassword = Math.min(wrongPassword, nanosOfRefusal(client, username, facility, message));
            unknownUsername = Math.min(unknownUsername, nanosOfRefusal(client, "nobody-" + username, facility,
                    message));
        }

        // Both cost one bcrypt check of cost 12 (PasswordHashes), a quarter of a second.
        assertThat(unknownUsername).isGreaterThan(wrongPassword / 2);
    }

    private static long nanosOfRefusal(IisPortType client, String username, String facility, String message) {
        long start = System.nanoTime();
        assertThat(catchThrowableOfType(SecurityFault.class,
                () -> client.submitSingleMessage(username, "not the password", facility, message))).isNotNull();
        return System.nanoTime() - start;
    }

    @Test
    void aSenderMayOnlySubmitForItsOwnFacilities() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String other = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        IisPortType client = SoapClients.client(endpoint);
        String person = FeedMessages.unique("FEED");

        SecurityFault otherFacilityId = catchThrowableOfType(SecurityFault.class,
                () -> client.submitSingleMessage(username, SoapClients.PASSWORD, other,
                        SoapClients.vxu(facility, FeedMessages.unique("TC"), person, "03")));
        SecurityFault otherSendingFacility = catchThrowableOfType(SecurityFault.class,
                () -> client.submitSingleMessage(username, SoapClients.PASSWORD, facility,
                        SoapClients.vxu(other, FeedMessages.unique("TC"), person, "03")));

        assertThat(List.of(otherFacilityId, otherSendingFacility)).allSatisfy(fault -> {
            assertThat(fault.getFaultInfo().getCode()).hasToString("10");
            assertThat(fault.getFaultInfo().getReason()).isEqualTo("Security");
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId(person))).isEmpty();
    }

    @Test
    void tooManyFailuresRefuseEvenTheRightPassword() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        IisPortType client = SoapClients.client(endpoint);
        String message = SoapClients.vxu(facility, FeedMessages.unique("TC"), FeedMessages.unique("FEED"), "03");
        // portal.feed.senders.failures-per-username, 10 by default.
        for (int i = 0; i < 10; i++) {
            catchThrowableOfType(SecurityFault.class,
                    () -> client.submitSingleMessage(username, "guess", facility, message));
        }

        SecurityFault limited = catchThrowableOfType(SecurityFault.class,
                () -> client.submitSingleMessage(username, SoapClients.PASSWORD, facility, message));

        assertThat(limited).isNotNull();
        assertThat(limited.getFaultInfo().getReason()).isEqualTo("Security");
    }

    @Test
    void aMessageLongerThanTheLimitGetsMessageTooLargeFault() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        String message = SoapClients.vxu(facility, FeedMessages.unique("TC"), FeedMessages.unique("FEED"), "03");
        // portal.feed.max-message-length: 1 MiB.
        String tooLong = message + "\r" + "Z".repeat(1024 * 1024 + 1 - message.length() - 1);

        MessageTooLargeFault fault = catchThrowableOfType(MessageTooLargeFault.class,
                () -> SoapClients.client(endpoint).submitSingleMessage(username, SoapClients.PASSWORD, facility,
                        tooLong));

        assertThat(tooLong).hasSize(1024 * 1024 + 1);
        assertThat(fault.getFaultInfo().getReason()).isEqualTo("MessageTooLarge");
        assertThat(fault.getFaultInfo().getCode()).hasToString("20");
    }

    @Test
    void aSoap11EnvelopeWithEscapedAmpersandsArrivesIntact() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        String person = FeedMessages.unique("FEED");
        String message = SoapClients.vxu(facility, FeedMessages.unique("TC"), person, "03");
        SOAPMessage request = MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createMessage();
        SOAPElement submit = request.getSOAPBody().addChildElement("submitSingleMessage", "iis",
                IisPortType.NAMESPACE);
        submit.addChildElement("username", "iis").addTextNode(username);
        submit.addChildElement("password", "iis").addTextNode(SoapClients.PASSWORD);
        submit.addChildElement("facilityID", "iis").addTextNode(facility);
        submit.addChildElement("hl7Message", "iis").addTextNode(message);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        request.writeTo(body);

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.toURI())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:cdc:iisb:2011:submitSingleMessage\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(body.toString()).contains("^~\\&amp;");
        assertThat(response.statusCode()).isEqualTo(200);
        MimeHeaders headers = new MimeHeaders();
        headers.addHeader("Content-Type", response.headers().firstValue("Content-Type").orElseThrow());
        SOAPBody answer = MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
                .createMessage(headers, new ByteArrayInputStream(response.body())).getSOAPBody();
        String ack = answer.getElementsByTagNameNS(IisPortType.NAMESPACE, "return").item(0).getTextContent();
        assertThat(ack).contains("MSA|AA|");
        // RXA-11.4 is an HD whose subcomponents the & separates (HL7 v2.5.1 section 2.5.4, MSH-2).
        String performer = QuarkusTransaction.requiringNew().call(() -> Immunization
                .listCompletedForPerson(Person.findByRegistryId(person).orElseThrow()).get(0).performerName);
        assertThat(performer).isEqualTo(facility + "-SITE");
    }

    @Test
    void aRefusedSignInIsASenderFaultInSoap12AndAClientFaultInSoap11() throws Exception {
        String facility = FeedMessages.unique("SOAP");
        String username = SoapClients.addSender(senders, "sender", facility);
        String message = SoapClients.vxu(facility, FeedMessages.unique("TC"), FeedMessages.unique("FEED"), "03");

        HttpResponse<byte[]> soap12 = submit(SOAPConstants.SOAP_1_2_PROTOCOL, username, "not the password", facility,
                message);
        HttpResponse<byte[]> soap11 = submit(SOAPConstants.SOAP_1_1_PROTOCOL, username, "not the password", facility,
                message);

        // SOAP 1.2 Part 1, section 5.4.6, and SOAP 1.1, section 4.4.1: the sender's mistake, not the registry's. The
        // status stays 500, which Apache CXF clients made from the WSDL need to read the SecurityFault (see SenderFaults).
        assertThat(soap12.statusCode()).isEqualTo(500);
        SOAPFault fault = read(SOAPConstants.SOAP_1_2_PROTOCOL, soap12).getFault();
        assertThat(fault.getFaultCodeAsQName()).isEqualTo(SOAPConstants.SOAP_SENDER_FAULT);
        assertThat(fault.getDetail().getTextContent()).contains("Security");
        assertThat(soap11.statusCode()).isEqualTo(500);
        assertThat(read(SOAPConstants.SOAP_1_1_PROTOCOL, soap11).getFault().getFaultCodeAsQName().getLocalPart())
                .isEqualTo("Client");
    }

    /** Posts a submitSingleMessage envelope of SOAP {@code protocol} made with SAAJ, as a sender's own client might. */
    private HttpResponse<byte[]> submit(String protocol, String username, String password, String facility,
            String message) throws Exception {
        SOAPMessage request = MessageFactory.newInstance(protocol).createMessage();
        SOAPElement submit = request.getSOAPBody().addChildElement("submitSingleMessage", "iis",
                IisPortType.NAMESPACE);
        submit.addChildElement("username", "iis").addTextNode(username);
        submit.addChildElement("password", "iis").addTextNode(password);
        submit.addChildElement("facilityID", "iis").addTextNode(facility);
        submit.addChildElement("hl7Message", "iis").addTextNode(message);
        request.saveChanges();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        request.writeTo(body);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.toURI())
                .header("Content-Type", request.getMimeHeaders().getHeader("Content-Type")[0])
                .header("SOAPAction", "\"urn:cdc:iisb:2011:submitSingleMessage\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static SOAPBody read(String protocol, HttpResponse<byte[]> response) throws Exception {
        MimeHeaders headers = new MimeHeaders();
        headers.addHeader("Content-Type", response.headers().firstValue("Content-Type").orElseThrow());
        return MessageFactory.newInstance(protocol).createMessage(headers, new ByteArrayInputStream(response.body()))
                .getSOAPBody();
    }

    @Test
    void theWsdlHasTheCdcNames() {
        String wsdl = given().when().get(URI.create(endpoint + "?wsdl")).then().statusCode(200).extract().asString();

        XmlPath xml = new XmlPath(wsdl);
        assertThat(xml.getString("definitions.@targetNamespace")).isEqualTo("urn:cdc:iisb:2011");
        assertThat(xml.getString("definitions.service.@name")).isEqualTo("IISServiceNew");
        assertThat(xml.getString("definitions.portType.@name")).isEqualTo("IIS_PortType");
        assertThat(xml.getList("definitions.portType.operation.@name")).containsExactlyInAnyOrder("connectivityTest",
                "submitSingleMessage");
        assertThat(xml.getList("definitions.portType.operation.find { it.@name == 'submitSingleMessage' }"
                + ".fault.@name")).containsExactlyInAnyOrder("UnknownFault", "SecurityFault",
                        "MessageTooLargeFault");
        assertThat(wsdl).contains("http://schemas.xmlsoap.org/wsdl/soap12/")
                .contains("soapAction=\"urn:cdc:iisb:2011:submitSingleMessage\"")
                .contains("name=\"hl7Message\"").contains("name=\"facilityID\"").contains("name=\"echoBack\"")
                .contains("name=\"return\"").contains("name=\"Code\"").contains("name=\"Reason\"");
    }
}
