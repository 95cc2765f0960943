package org.shcportal.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;

/**
 * A bare MLLP sender (HL7 Transport Specification: MLLP, Release 2: 0x0B, the message, 0x1C 0x0D) for what HAPI's
 * client will not send: frames that are not HL7, or a connection from a chosen local address.
 */
final class MllpSender implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private MllpSender(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(TIMEOUT_MILLIS);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to {@code port} on 127.0.0.1 from {@code from}, over TLS when {@code tls} is given.
     *
     * @param tls null for plain TCP
     */
    static MllpSender connect(int port, SSLContext tls, String from) throws IOException {
        Socket socket = (tls == null ? SocketFactory.getDefault() : tls.getSocketFactory()).createSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
        return new MllpSender(socket);
    }

    /** Sends {@code text} in one frame, as UTF-8. */
    void send(String text) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x0B);
        frame.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        frame.write(0x1C);
        frame.write(0x0D);
        out.write(frame.toByteArray());
        out.flush();
    }

    /** The next frame's text; null when the listener closed the connection instead. */
    String receive() throws IOException {
        int b = in.read();
        if (b < 0) {
            return null;
        }
        if (b != 0x0B) {
            throw new IOException("Not an MLLP frame: byte " + b);
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        while ((b = in.read()) != 0x1C) {
            if (b < 0) {
                throw new IOException("The connection ended inside a frame");
            }
            frame.write(b);
        }
        if (in.read() != 0x0D) {
            throw new IOException("A frame did not end with 0x1C 0x0D");
        }
        return frame.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
