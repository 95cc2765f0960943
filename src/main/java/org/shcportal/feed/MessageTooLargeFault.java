package org.shcportal.feed;

import jakarta.xml.ws.WebFault;

/**
 * The CDC IIS web service's {@code MessageTooLargeFault}: the HL7 message is longer than
 * {@code portal.feed.max-message-length}; nothing of it was read.
 */
@WebFault(name = "MessageTooLargeFault", targetNamespace = IisPortType.NAMESPACE)
public class MessageTooLargeFault extends Exception {

    private static final long serialVersionUID = 1L;
    /** A project choice: the WSDL fixes the reason, not the code. */
    static final int CODE = 20;

    private final SoapFaultDetail faultInfo;

    MessageTooLargeFault(int maxLength) {
        this("The HL7 message is too long.", new SoapFaultDetail(CODE, "MessageTooLarge",
                "The HL7 message is longer than " + maxLength + " characters; send it in smaller messages."));
    }

    /** As JAX-WS makes it from a received fault (JAX-WS 2.3 section 3.7). */
    public MessageTooLargeFault(String message, SoapFaultDetail faultInfo) {
        super(message, null, false, false);
        this.faultInfo = faultInfo;
    }

    public SoapFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
