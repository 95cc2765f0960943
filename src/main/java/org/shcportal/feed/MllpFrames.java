package org.shcportal.feed;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

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
     * keeps what was read of a frame and goes on with it at the next call, instead of dropping it.
     */
    private static final class FrameReader implements HL7Reader {

        private final int maxBytes;
        private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
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
                    int b = in.read();
                    if (b < 0) {
                        return endOfStream();
                    }
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

        /** Keeps {@code b} (and a 0x1C before it that did not end the frame), up to the limit. */
        private void keep(boolean afterEnd, int b) {
            endSeen = b == END;
            if (afterEnd && frame.size() < maxBytes) {
                frame.write(END);
            }
            if (!endSeen && frame.size() < maxBytes) {
                frame.write(b);
            }
        }

        private String finished() {
            String message = frame.toString(StandardCharsets.UTF_8);
            frame.reset();
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
            this.in = new BufferedInputStream(in);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
