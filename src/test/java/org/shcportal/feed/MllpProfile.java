package org.shcportal.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The portal with its MLLP listener on: TLS with a test certificate on a free port, senders on 127.0.0.1 and ::1 only,
 * messages of up to 8,000 characters; and a database of its own that a test may stop ({@link StoppableDatabase}).
 */
public class MllpProfile implements QuarkusTestProfile {

    /** Room for the test messages (about 1,000 characters each), small enough to send a longer one quickly. */
    static final int MAX_MESSAGE_LENGTH = 8000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portal.feed.mllp.port", Integer.toString(freePort()),
                "portal.feed.mllp.allowed-addresses", "127.0.0.1,::1",
                "portal.feed.mllp.tls-configuration-name", "mllp",
                "quarkus.tls.mllp.key-store.p12.path", TestCertificate.store().toString(),
                "quarkus.tls.mllp.key-store.p12.password", TestCertificate.password(),
                "portal.feed.max-message-length", Integer.toString(MAX_MESSAGE_LENGTH));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StoppableDatabase.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
