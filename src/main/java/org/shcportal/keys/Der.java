package org.shcportal.keys;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A reader of the few DER (ITU-T X.690) elements found in private key files: a cursor over the contents of one
 * constructed element. Malformed input throws {@link IllegalArgumentException}.
 */
final class Der {

    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int SEQUENCE = 0x30;
    private static final int CONTEXT_CONSTRUCTED = 0xA0;

    private final byte[] bytes;
    private final int end;
    private int position;

    Der(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private Der(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    Der sequence() {
        return constructed(SEQUENCE);
    }

    /** The explicitly tagged element {@code [number]}, or {@code null} when the next element is not it. */
    Der tagged(int number) {
        return hasNext() && unsigned(bytes[position]) == CONTEXT_CONSTRUCTED + number
                ? constructed(CONTEXT_CONSTRUCTED + number)
                : null;
    }

    BigInteger integer() {
        return new BigInteger(contents(INTEGER));
    }

    byte[] octetString() {
        return contents(OCTET_STRING);
    }

    byte[] objectIdentifier() {
        return contents(OBJECT_IDENTIFIER);
    }

    boolean hasNext() {
        return position < end;
    }

    private Der constructed(int tag) {
        int length = header(tag);
        Der inner = new Der(bytes, position, position + length);
        position += length;
        return inner;
    }

    private byte[] contents(int tag) {
        int length = header(tag);
        position += length;
        return Arrays.copyOfRange(bytes, position - length, position);
    }

    /** Reads the tag and the length, leaving the cursor on the contents. */
    private int header(int tag) {
        if (!hasNext() || unsigned(bytes[position]) != tag) {
            throw new IllegalArgumentException("malformed DER: expected tag " + tag);
        }
        position++;
        int length = next();
        if (length > 0x80 && length <= 0x83) {
            int octets = length - 0x80;
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | next();
            }
        } else if (length >= 0x80) {
            throw new IllegalArgumentException("malformed DER: unsupported length");
        }
        if (length > end - position) {
            throw new IllegalArgumentException("malformed DER: truncated");
        }
        return length;
    }

    private int next() {
        if (!hasNext()) {
            throw new IllegalArgumentException("malformed DER: truncated");
        }
        return unsigned(bytes[position++]);
    }

    private static int unsigned(byte b) {
        return b & 0xFF;
    }
}
