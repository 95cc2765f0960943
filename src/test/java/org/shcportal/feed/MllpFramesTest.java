package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.uhn.hl7v2.llp.HL7Reader;
import ca.uhn.hl7v2.llp.LLPException;

/**
 * The listener's MLLP framing (HL7 Transport Specification: MLLP, Release 2: 0x0B, the message, 0x1C 0x0D), read from
 * a socket that hands over its bytes in pieces of its own choosing, as TLS records and TCP segments do.
 */
class MllpFramesTest {

    private static final String START = "\u000b";
    private static final String END = "\u001c\r";

    @Test
    void framesSentTogetherAreReadOneAfterAnotherAndBytesBetweenThemAreNotPartOfAny() throws Exception {
        HL7Reader reader = reader(100, START + "MSH|1\r" + END + "\r\n" + START + "MSH|2\r" + END);

        assertThat(reader.getMessage()).isEqualTo("MSH|1\r");
        assertThat(reader.getMessage()).isEqualTo("MSH|2\r");
    }

    @Test
    void aFrameInPiecesWithTimeoutsBetweenThemIsReadWhole() throws Exception {
        HL7Reader reader = reader(100, START + "MSH|é", null, "x\u001c", null, "\r");

        assertThat(reader.getMessage()).isNull();
        assertThat(reader.getMessage()).isNull();
        assertThat(reader.getMessage()).isEqualTo("MSH|éx");
    }

    @Test
    void anEndByteNotFollowedByACarriageReturnIsPartOfTheMessage() throws Exception {
        assertThat(reader(100, START + "A\u001cB" + END).getMessage()).isEqualTo("A\u001cB");
    }

    @Test
    void aFrameLongerThanTheLimitIsCutAtItAndTheNextFrameIsReadWhole() throws Exception {
        // A limit of 10 characters keeps at most 31 bytes (3 a UTF-16 character, and one more).
        HL7Reader reader = reader(10, START + "M".repeat(40_000) + END + START + "MSH|3" + END);

        assertThat(reader.getMessage()).isEqualTo("M".repeat(31));
        assertThat(reader.getMessage()).isEqualTo("MSH|3");
    }

    @Test
    void theSenderClosingInsideAFrameIsAnErrorAndBetweenFramesAClosedConnection() {
        assertThatThrownBy(() -> reader(100, START + "MSH|1").getMessage()).isInstanceOf(LLPException.class);
        assertThatThrownBy(() -> reader(100, "").getMessage()).isInstanceOf(SocketException.class);
    }

    /** A reader of {@code pieces}, each handed over by one read; a null piece is a read that times out. */
    private static HL7Reader reader(int maxMessageLength, String... pieces) {
        return new MllpFrames(maxMessageLength).getReader(new PiecesStream(Arrays.asList(pieces)));
    }

    /** A socket's stream that hands over its pieces one a read, or less when the reader asks for less. */
    private static final class PiecesStream extends InputStream {

        private final LinkedList<byte[]> pieces = new LinkedList<>();

        PiecesStream(List<String> texts) {
            texts.forEach(text -> pieces.add(text == null ? null : text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (pieces.isEmpty()) {
                return -1;
            }
            byte[] piece = pieces.removeFirst();
            if (piece == null) {
                throw new SocketTimeoutException("no byte yet");
            }
            int count = Math.min(length, piece.length);
            System.arraycopy(piece, 0, buffer, offset, count);
            if (count < piece.length) {
                pieces.addFirst(Arrays.copyOfRange(piece, count, piece.length));
            }
            return count;
        }
    }
}
