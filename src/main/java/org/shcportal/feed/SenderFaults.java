package org.shcportal.feed;

import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;

/**
 * Marks the SOAP receiver's {@link SecurityFault} and {@link MessageTooLargeFault} as the sender's doing: fault code
 * {@code env:Sender} in SOAP 1.2 and {@code Client} in SOAP 1.1 (SOAP 1.2 Part 1, section 5.4.6; SOAP 1.1, section
 * 4.4.1), where Apache CXF would say {@code Receiver} (or {@code Server}) for any fault the service throws.
 * <p>
 * The HTTP status stays 500 for every fault, although SOAP 1.2 Part 2 (section 7.5.1.2) gives 400 Bad Request to an
 * {@code env:Sender} fault: an Apache CXF client, as made from the CDC WSDL, takes any status of 400 or more other
 * than 500 for a transport failure and throws it away with the fault (CXF 4.1 {@code HTTPConduit}, unless the client
 * sets {@code org.apache.cxf.transport.process_fault_on_http_400}), so the sender would no longer see a
 * SecurityFault or MessageTooLargeFault, only "Could not send Message".
 */
public class SenderFaults extends AbstractSoapInterceptor {

    public SenderFaults() {
        // Before the binding writes the fault (CXF's Soap12FaultOutInterceptor and Soap11FaultOutInterceptor, MARSHAL).
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (message.getContent(Exception.class) instanceof Fault fault
                && (fault.getCause() instanceof SecurityFault || fault.getCause() instanceof MessageTooLargeFault)) {
            fault.setFaultCode(message.getVersion().getSender());
        }
    }
}
