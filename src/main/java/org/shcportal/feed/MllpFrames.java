package org.shcportal.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import ca.uhn.hl7v2.llp.HL7Reader;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;

/**
 * MLLP framing for the feed's listener (HL7 Transport Specification: MLLP, Release 2: a block is 0x0B, the message,
 * 0x1C 0x0D), in UTF-8 both ways rather than HAPI's US-ASCII default. HAPI writes the ACK frames; frames are read here
 * so that a frame longer than {@code portal.feed.max-message-length} is not kept whole in memory: its first part
 * stands for it, which {@link FeedIngestion} answers as too long.
 */
final class MllpFrames extends MinLowerLayerProtocol {

    private static final int START = 0x0B;
    private static final int END = 0x1C;
    private static final int LAST = 0x0D;
    /** UTF-8 (RFC 3629) takes at most 3 bytes for each UTF-16 character; more bytes than this are surely too long. */
    private static final int MAX_BYTES_PER_CHAR = 3;

    private final int maxBytes;

    MllpFrames(int maxMessageLength) {
        setCharset(StandardCharsets.UTF_8);
        this.maxBytes = maxMessageLength * MAX_BYTES_PER_CHAR + 1;
    }

    @Override
    public HL7Reader getReader(InputStream in) {
        return new FrameReader(in, maxBytes);
    }

    /**
     * Reads one frame after another. A read that times out (HAPI's server polls each connection so that it can stop)
     * keeps what was read of a frame and goes on with it at the next call, instead of dropping it. Bytes are read from
     * the socket a buffer at a time and looked at in that buffer: reading them one call each from a buffered stream
     * into a {@link java.io.ByteArrayOutputStream}, both locking on every byte, took a tenth of the listener's CPU
     * samples (JFR, MllpBenchmark).
     */
    private static final class FrameReader implements HL7Reader {

        /** The size of a TLS record's plaintext at most (RFC 8446 section 5.1: 2^14 bytes). */
        private static final int READ_SIZE = 16_384;

        private final int maxBytes;
        private final byte[] read = new byte[READ_SIZE];
        private int next;
        private int end;
        private byte[] frame = new byte[READ_SIZE];
        private int size;
        private InputStream in;
        private boolean inFrame;
        private boolean endSeen;

        FrameReader(InputStream in, int maxBytes) {
            this.maxBytes = maxBytes;
            setInputStream(in);
        }

        @Override
        public String getMessage() throws LLPException, IOException {
            try {
                while (true) {
                    if (next == end && !fill()) {
                        return endOfStream();
                    }
                    int b = read[next++] & 0xFF;
                    if (!inFrame) {
                        // Bytes between frames (a stray CR or LF after a frame) are not part of any message.
                        inFrame = b == START;
                    } else if (endSeen && b == LAST) {
                        return finished();
                    } else {
                        keep(endSeen, b);
                    }
                }
            } catch (SocketTimeoutException e) {
                return null;
            }
        }

        /** Reads what the socket has, at least a byte; false at the end of the stream. */
        private boolean fill() throws IOException {
            int count = in.read(read);
            next = 0;
            end = Math.max(count, 0);
            return count > 0;
        }

        /** Keeps {@code b} (and a 0x1C before it that did not end the frame), up to the limit. */
        private void keep(boolean afterEnd, int b) {
            endSeen = b == END;
            if (afterEnd) {
                append(END);
            }
            if (!endSeen) {
                append(b);
            }
        }

        private void append(int b) {
            if (size == maxBytes) {
                return;
            }
            if (size == frame.length) {
                frame = Arrays.copyOf(frame, (int) Math.min((long) maxBytes, 2L * frame.length));
            }
            frame[size++] = (byte) b;
        }

        private String finished() {
            String message = new String(frame, 0, size, StandardCharsets.UTF_8);
            size = 0;
            inFrame = false;
            endSeen = false;
            return message;
        }

        private String endOfStream() throws IOException, LLPException {
            if (inFrame) {
                throw new LLPException("The sender closed the connection inside a frame");
            }
            throw new SocketException("The sender closed the connection");
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
            next = 0;
            end = 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
