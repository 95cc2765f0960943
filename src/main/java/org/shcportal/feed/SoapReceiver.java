package org.shcportal.feed;

import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.soap.SOAPBinding;

import org.jboss.logging.Logger;

import io.quarkiverse.cxf.annotation.CXFEndpoint;

/**
 * The registry feed over SOAP: the CDC IIS web service (WSDL 2011, service {@code IISServiceNew}) at
 * {@code /feed/soap}, its WSDL at {@code /feed/soap?wsdl}. The binding is SOAP 1.2, as the CDC WSDL's; Apache CXF
 * answers a SOAP 1.1 envelope in SOAP 1.1 as well, which senders also use. A message from a signed-in sender for one
 * of its facilities goes to {@link FeedIngestion}, and its ACK comes back in {@code return}, errors in the content
 * included; faults are kept for what is not about the content: credentials, size, and failures of the registry.
 */
@CXFEndpoint("/")
@WebService(serviceName = "IISServiceNew", portName = "client_Port_Soap12", targetNamespace = IisPortType.NAMESPACE, endpointInterface = "org.shcportal.feed.IisPortType")
@BindingType(SOAPBinding.SOAP12HTTP_BINDING)
public class SoapReceiver implements IisPortType {

    private static final Logger LOG = Logger.getLogger(SoapReceiver.class);

    @Inject
    SenderSignIn signIn;

    @Inject
    FeedIngestion ingestion;

    @Inject
    FeedConfig config;

    @Override
    public String connectivityTest(String echoBack) {
        return echoBack;
    }

    @Override
    public String submitSingleMessage(String username, String password, String facilityId, String hl7Message)
            throws UnknownFault, SecurityFault, MessageTooLargeFault {
        try {
            FeedSender sender = signIn.signIn(username, password);
            if (hl7Message != null && hl7Message.length() > config.maxMessageLength()) {
                throw new MessageTooLargeFault(config.maxMessageLength());
            }
            signIn.checkFacility(sender, facilityId, sendingFacility(hl7Message));
            return ingestion.receive(hl7Message).ack();
        } catch (RuntimeException e) {
            // The class only: an exception's message may quote the content.
            LOG.errorf("A SOAP submission failed: %s", e.getClass().getName());
            throw new UnknownFault();
        }
    }

    /** MSH-4.1 of the message's first segment, or empty. */
    private static String sendingFacility(String hl7Message) {
        if (hl7Message == null) {
            return "";
        }
        String text = hl7Message.strip();
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r' || text.charAt(i) == '\n') {
                end = i;
                break;
            }
        }
        return MessageHeader.read(text.substring(0, end)).map(MessageHeader::sendingFacility).orElse("");
    }
}
