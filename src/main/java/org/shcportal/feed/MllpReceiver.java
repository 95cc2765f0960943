package org.shcportal.feed;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.parser.GenericParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;

/**
 * The registry feed over MLLP (HL7 Transport Specification: MLLP, Release 2): HAPI's server on
 * {@code portal.feed.mllp.port}, TLS by default, taking connections from the allowed senders only. Each framed message
 * goes to {@link FeedIngestion} and its ACK goes back on the same connection (CDC Immunization IG Release 1.5,
 * Addendum, "Acknowledgement Pattern": one synchronous answer per message). Runs with the web portal only, never
 * in an operator command.
 */
@ApplicationScoped
public class MllpReceiver {

    private static final Logger LOG = Logger.getLogger(MllpReceiver.class);
    /** The message types the feed takes; any other is answered by {@link FeedIngestion} too, with an AR. */
    private static final List<List<String>> TAKEN = List.of(List.of("VXU", "V04"), List.of("ORU", "R01"),
            List.of("ADT", "A40"));
    /** How long start-up waits for the port to be bound (HAPI binds it on a thread of its own). */
    private static final Duration BIND_WAIT = Duration.ofSeconds(10);

    @Inject
    MllpConfig config;

    @Inject
    FeedConfig feed;

    @Inject
    FeedIngestion ingestion;

    @Inject
    TlsConfigurationRegistry tlsConfigurations;

    /** Off in operator commands, which start Quarkus without their HTTP listener (PortalMain). */
    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean portal;

    private ExecutorService threads;
    private HL7Service server;
    private MllpSockets sockets;

    void start(@Observes StartupEvent event) {
        if (config.port().isEmpty() || !portal) {
            return;
        }
        int port = config.port().getAsInt();
        try {
            listen(port);
        } catch (Exception e) {
            LOG.errorf("The registry feed's MLLP listener on port %d did not start: %s", port, e.getMessage());
            stop(null);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.stopAndWait();
            threads.shutdownNow();
            server = null;
        }
    }

    /** Whether the listener is configured (a port is set, and this is the portal rather than a command). */
    boolean configured() {
        return config.port().isPresent() && portal;
    }

    /** Whether the listener is taking connections. */
    boolean listening() {
        return server != null && server.isRunning() && sockets.listening();
    }

    private void listen(int port) throws Exception {
        AllowedSenders senders = AllowedSenders.of(config.allowedAddresses().orElse(List.of()));
        if (senders.isEmpty()) {
            LOG.warn("portal.feed.mllp.allowed-addresses is empty: every MLLP connection is refused");
        }
        sockets = new MllpSockets(senders, config.tls() ? sslContext() : null);
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mllp-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HapiContext context = new ListenerContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.setLowerLayerProtocol(new MllpFrames(feed.maxMessageLength()));
        context.setSocketFactory(sockets);
        context.setExecutorService(threads);
        // acceptAll: a frame holding an MSA segment is answered too, instead of being taken for a stray ACK and dropped.
        server = context.newServer(port, config.tls(), true);
        MllpResponder responder = new MllpResponder(ingestion, feed.assigningAuthority());
        for (List<String> type : TAKEN) {
            server.registerApplication(type.get(0), type.get(1), responder);
        }
        server.registerApplication("*", "*", responder);
        server.setExceptionHandler(responder);
        server.startAndWait();
        awaitBound(port);
    }

    /** HAPI's context with the parser that writes the feed's ACKs as they were written ({@link WrittenAck}). */
    private static final class ListenerContext extends DefaultHapiContext {

        private final GenericParser parser = new WrittenAck.Writer(this);

        @Override
        public GenericParser getGenericParser() {
            return parser;
        }
    }

    private SSLContext sslContext() throws Exception {
        Optional<TlsConfiguration> named = config.tlsConfigurationName().flatMap(tlsConfigurations::get);
        TlsConfiguration tls = (config.tlsConfigurationName().isPresent() ? named : tlsConfigurations.getDefault())
                .filter(configuration -> configuration.getKeyStore() != null)
                .orElseThrow(() -> new IllegalStateException("portal.feed.mllp.tls is on but the TLS configuration "
                        + config.tlsConfigurationName().orElse("(default)") + " has no key store"));
        return tls.createSSLContext();
    }

    private void awaitBound(int port) throws InterruptedException {
        long deadline = System.nanoTime() + BIND_WAIT.toNanos();
        while (!sockets.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!sockets.listening()) {
            throw new IllegalStateException("port " + port + " could not be bound");
        }
        LOG.infof("Registry feed MLLP listener on port %d%s", port, config.tls() ? " (TLS)" : " (plain, no TLS)");
    }
}
