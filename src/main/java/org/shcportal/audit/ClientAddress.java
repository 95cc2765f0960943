package org.shcportal.audit;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The IP address of the current HTTP request's client, as a keyed hash. Behind a load balancer the address comes
 * from the forwarding headers when {@code quarkus.http.proxy.proxy-address-forwarding} is on.
 */
@ApplicationScoped
public class ClientAddress {

    static final String PURPOSE = "client-ip";
    /** 128 bits are plenty to tell addresses apart. */
    private static final int HASH_CHARS = 32;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Pseudonyms pseudonyms;

    /** The hashed address, or empty outside an HTTP request (e.g. in an operator command, with no request scope). */
    public Optional<String> hash() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return Optional.empty();
        }
        SocketAddress address = context.request().remoteAddress();
        String host = address == null ? "unknown" : address.hostAddress();
        return Optional.of(pseudonyms.of(PURPOSE, host).substring(0, HASH_CHARS));
    }
}
