package org.shcportal.feed;

import jakarta.xml.ws.WebFault;

/**
 * The CDC IIS web service's {@code SecurityFault}: the sender could not be signed in (unknown username, wrong password,
 * disabled sender, too many failures) or may not submit for the facility. One answer for every cause, so that it tells
 * a guesser nothing; code 10 as IIS sandboxes answer a wrong password (AIRA IIS Sandbox replies).
 */
@WebFault(name = "SecurityFault", targetNamespace = IisPortType.NAMESPACE)
public class SecurityFault extends Exception {

    private static final long serialVersionUID = 1L;
    static final int CODE = 10;

    private final SoapFaultDetail faultInfo;

    SecurityFault() {
        this("The username, password or facility was not accepted.", new SoapFaultDetail(CODE, "Security",
                "The username, password or facility was not accepted."));
    }

    /** As JAX-WS makes it from a received fault (JAX-WS 2.3 section 3.7). */
    public SecurityFault(String message, SoapFaultDetail faultInfo) {
        super(message, null, false, false);
        this.faultInfo = faultInfo;
    }

    public SoapFaultDetail getFaultInfo() {
        return faultInfo;
    }
}
