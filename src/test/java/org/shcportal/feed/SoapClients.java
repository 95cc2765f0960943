package org.shcportal.feed;

import java.net.URL;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.xml.ws.Service;

/** JAX-WS clients of the registry's SOAP receiver, made from the WSDL it serves, and the senders tests sign in as. */
final class SoapClients {

    static final String PASSWORD = "a sender's long password";

    private SoapClients() {
    }

    /** A SOAP 1.2 client of the port at {@code endpoint} (e.g. http://localhost:1234/feed/soap). */
    static IisPortType client(URL endpoint) throws Exception {
        Service service = Service.create(new URL(endpoint + "?wsdl"),
                new QName(IisPortType.NAMESPACE, "IISServiceNew"));
        return service.getPort(new QName(IisPortType.NAMESPACE, "client_Port_Soap12"), IisPortType.class);
    }

    /** Adds an enabled sender for {@code facilities}, with {@link #PASSWORD}. */
    static String addSender(FeedSenders senders, String prefix, String... facilities) throws Exception {
        String username = FeedMessages.unique(prefix);
        senders.add(username, List.of(facilities), PASSWORD);
        return username;
    }

    /** The VXU of {@code soap-vxu.hl7}: one person and one dose of {@code cvx}, sent by {@code facility}. */
    static String vxu(String facility, String control, String person, String cvx) {
        return FeedMessages.load("soap-vxu.hl7", Map.of("FACILITY", facility, "CONTROL", control, "PERSON", person,
                "DOSE", "D-" + control, "CVX", cvx));
    }
}
