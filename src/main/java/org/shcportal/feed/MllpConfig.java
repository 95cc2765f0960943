package org.shcportal.feed;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The registry feed's MLLP listener ({@link MllpReceiver}): off unless a port is set. */
@ConfigMapping(prefix = "portal.feed.mllp")
public interface MllpConfig {

    /** The TCP port senders connect to; unset, the portal does not listen for MLLP at all. */
    OptionalInt port();

    /**
     * Whether the listener speaks TLS (on by default): MLLP carries no security of its own (HL7 Transport
     * Specification: MLLP, Release 2), so plain MLLP only belongs behind a TLS tunnel of the operator's own.
     */
    @WithDefault("true")
    boolean tls();

    /**
     * The Quarkus TLS configuration holding the listener's key and certificate ({@code quarkus.tls.<name>.key-store.*},
     * https://quarkus.io/guides/tls-registry-reference); unset, the default one ({@code quarkus.tls.key-store.*}),
     * which the HTTPS listener uses too and which the demo portal fills with its localhost certificate.
     */
    Optional<String> tlsConfigurationName();

    /**
     * The senders' addresses, each an IPv4 or IPv6 address or a CIDR block (RFC 4632, RFC 4291 section 2.3). Any other
     * peer is disconnected before a byte is read; with none listed, every peer is.
     */
    Optional<List<String>> allowedAddresses();
}
