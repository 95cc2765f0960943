package org.shcportal.feed;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.jboss.logging.Logger;

import ca.uhn.hl7v2.util.StandardSocketFactory;

/**
 * The MLLP listener's server socket, handed to HAPI's server: it lets only allowed senders in, closing any other
 * connection as soon as it is accepted, before a byte is read; with TLS, it wraps each allowed connection in a TLS
 * server socket (the handshake then runs on the connection's own thread, at its first read).
 */
final class MllpSockets extends StandardSocketFactory {

    /** NIST SP 800-52 Rev. 2, section 3.1: TLS 1.2 at least, TLS 1.3 where available. */
    private static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

    private final AllowedSenders senders;
    private final SSLContext tls;
    private volatile ServerSocket listening;

    /** @param tls the key and certificate of the TLS listener; null when it is plain MLLP */
    MllpSockets(AllowedSenders senders, SSLContext tls) {
        this.senders = senders;
        this.tls = tls;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        listening = new Gate(null);
        return listening;
    }

    @Override
    public ServerSocket createTlsServerSocket() throws IOException {
        listening = new Gate(tls);
        return listening;
    }

    /** Whether the server socket is bound and open. */
    boolean listening() {
        ServerSocket socket = listening;
        return socket != null && socket.isBound() && !socket.isClosed();
    }

    /** The accepting socket: turns away peers that are not allowed. */
    private final class Gate extends ServerSocket {

        private static final Logger LOG = Logger.getLogger(MllpSockets.class);

        private final SSLContext secure;

        Gate(SSLContext secure) throws IOException {
            this.secure = secure;
        }

        @Override
        public Socket accept() throws IOException {
            while (true) {
                Socket socket = super.accept();
                if (senders.allows(socket.getInetAddress())) {
                    return secure == null ? socket : secured(socket);
                }
                LOG.warnf("MLLP connection from %s refused: the address is not in portal.feed.mllp.allowed-addresses",
                        socket.getInetAddress().getHostAddress());
                socket.close();
            }
        }

        private Socket secured(Socket socket) throws IOException {
            SSLSocket secured = (SSLSocket) secure.getSocketFactory().createSocket(socket, null, true);
            List<String> supported = List.of(secured.getSupportedProtocols());
            secured.setEnabledProtocols(Arrays.stream(PROTOCOLS).filter(supported::contains).toArray(String[]::new));
            return secured;
        }
    }
}
