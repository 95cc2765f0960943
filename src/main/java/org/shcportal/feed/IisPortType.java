package org.shcportal.feed;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.RequestWrapper;
import jakarta.xml.ws.ResponseWrapper;

/**
 * The port type of the CDC IIS web service (CDC "IIS SOAP Web Service" WSDL of 2011, namespace
 * {@code urn:cdc:iisb:2011}): document/literal, wrapped, with the WSDL's element, action and fault names, so that a
 * client made from the CDC WSDL talks to the registry unchanged.
 */
@WebService(name = "IIS_PortType", targetNamespace = IisPortType.NAMESPACE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL, parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public interface IisPortType {

    String NAMESPACE = "urn:cdc:iisb:2011";

    /** Answers {@code echoBack}: lets a sender check that it reaches the registry, without credentials. */
    @WebMethod(operationName = "connectivityTest", action = "urn:cdc:iisb:2011:connectivityTest")
    @WebResult(name = "return", targetNamespace = NAMESPACE)
    @RequestWrapper(localName = "connectivityTest", targetNamespace = NAMESPACE)
    @ResponseWrapper(localName = "connectivityTestResponse", targetNamespace = NAMESPACE)
    String connectivityTest(@WebParam(name = "echoBack", targetNamespace = NAMESPACE) String echoBack)
            throws UnknownFault;

    /**
     * Takes one HL7 v2.5.1 message from a signed-in sender and returns its acknowledgement (ACK^V04): problems with
     * the message's content are reported in the ACK, never as a fault.
     */
    @WebMethod(operationName = "submitSingleMessage", action = "urn:cdc:iisb:2011:submitSingleMessage")
    @WebResult(name = "return", targetNamespace = NAMESPACE)
    @RequestWrapper(localName = "submitSingleMessage", targetNamespace = NAMESPACE)
    @ResponseWrapper(localName = "submitSingleMessageResponse", targetNamespace = NAMESPACE)
    String submitSingleMessage(@WebParam(name = "username", targetNamespace = NAMESPACE) String username,
            @WebParam(name = "password", targetNamespace = NAMESPACE) String password,
            @WebParam(name = "facilityID", targetNamespace = NAMESPACE) String facilityId,
            @WebParam(name = "hl7Message", targetNamespace = NAMESPACE) String hl7Message)
            throws UnknownFault, SecurityFault, MessageTooLargeFault;
}
