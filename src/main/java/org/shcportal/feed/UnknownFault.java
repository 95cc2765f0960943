package org.shcportal.feed;

import jakarta.xml.ws.WebFault;

/**
 * The CDC IIS web service's general fault (WSDL 2011: fault {@code UnknownFault}, element {@code fault}): something
 * failed on the registry's side. It says nothing of the cause; the registry's log names the exception's class.
 */
@WebFault(name = "fault", targetNamespace = IisPortType.NAMESPACE)
public class UnknownFault extends Exception {

    private static final long serialVersionUID = 1L;
    /** A project choice: the WSDL fixes neither code nor reason. */
    static final int CODE = 99;

    private final SoapFaultDetail faultInfo;

    UnknownFault() {
        this("The registry could not take the message.", new SoapFaultDetail(CODE, "Unknown",
                "The registry could not take the message; send it again later."));
    }

    /** As JAX-WS makes it from a received fault (JAX-WS 2.3 section 3.7). */
    public UnknownFault(String message, SoapFaultDetail faultInfo) {
        super(message, null, false, false);
        this.faultInfo = faultInfo;
    }

    public SoapFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
