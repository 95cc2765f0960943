package org.shcportal.feed;

import java.math.BigInteger;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The detail of each fault of the CDC IIS web service (WSDL 2011, {@code soapFaultType}): a numeric code, a reason
 * ({@code Security}, {@code MessageTooLarge}, ...) and a sentence for the sender's operator. It never quotes the
 * message.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "soapFaultType", namespace = IisPortType.NAMESPACE, propOrder = { "code", "reason", "detail" })
public class SoapFaultDetail {

    @XmlElement(name = "Code", namespace = IisPortType.NAMESPACE, required = true)
    private BigInteger code;

    @XmlElement(name = "Reason", namespace = IisPortType.NAMESPACE, required = true)
    private String reason;

    @XmlElement(name = "Detail", namespace = IisPortType.NAMESPACE, required = true)
    private String detail;

    /** For JAXB. */
    public SoapFaultDetail() {
    }

    SoapFaultDetail(int code, String reason, String detail) {
        this.code = BigInteger.valueOf(code);
        this.reason = reason;
        this.detail = detail;
    }

    public BigInteger getCode() {
        return code;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
