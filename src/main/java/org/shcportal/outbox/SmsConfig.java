package org.shcportal.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which SMS gateway the portal hands text messages to. */
@ConfigMapping(prefix = "portal.sms")
public interface SmsConfig {

    /** {@code log} (demo and development: nothing is sent) or {@code http} (production). */
    @WithDefault("log")
    Gateway gateway();

    /** The HTTP gateway, used when {@link #gateway()} is {@code http}. */
    Http http();

    /** The gateways the portal knows. */
    enum Gateway {
        LOG,
        HTTP
    }

    /** An HTTP gateway that takes a JSON POST of {@code from}, {@code to} and {@code body}. */
    interface Http {

        /** The endpoint messages are POSTed to; required for the HTTP gateway. */
        Optional<URI> url();

        /** Sent as a Bearer token, when set. A secret: give it through the environment (PORTAL_SMS_HTTP_TOKEN). */
        Optional<String> token();

        /** The sender number or name residents see; required for the HTTP gateway. */
        Optional<String> sender();

        /** How long to wait for the connection, and then for the answer. */
        @WithDefault("10s")
        Duration timeout();
    }
}
