package org.shcportal.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of an NDJSON file as bytes, for a JSON parser to read without making a string of each line first
 * (Newline Delimited JSON: a line ends at {@code \n}; a {@code \r} before it, or alone, ends it too, as
 * {@link java.io.BufferedReader#readLine} counts lines). The current line is {@link #bytes()} from
 * {@link #offset()}, {@link #length()} long, numbered from 1, valid until the next {@link #next()}.
 */
final class NdjsonLines implements AutoCloseable {

    /** Read 1 MB at a time (a project choice: a few thousand lines per read); a longer line makes it grow. */
    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private byte[] buffer = new byte[CHUNK];
    private int start;
    private int end;
    private boolean eof;
    private int lineStart;
    private int lineLength;
    private long number;

    NdjsonLines(Path path) throws IOException {
        this.in = Files.newInputStream(path);
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        int scan = start;
        while (true) {
            while (scan < end && buffer[scan] != '\n' && buffer[scan] != '\r') {
                scan++;
            }
            if (scan < end && (buffer[scan] == '\n' || scan + 1 < end || eof)) {
                return take(scan, buffer[scan] == '\r' && scan + 1 < end && buffer[scan + 1] == '\n' ? 2 : 1);
            }
            if (eof) {
                return start < end && take(end, 0);
            }
            scan -= start;
            fill();
            scan += start;
        }
    }

    private boolean take(int terminator, int terminatorLength) {
        lineStart = start;
        lineLength = terminator - start;
        start = terminator + terminatorLength;
        number++;
        return true;
    }

    /** Keeps the unread bytes, at the front of a buffer big enough for another chunk, and reads one. */
    private void fill() throws IOException {
        int unread = end - start;
        byte[] target = unread + CHUNK > buffer.length ? new byte[Math.max(2 * buffer.length, unread + CHUNK)]
                : buffer;
        System.arraycopy(buffer, start, target, 0, unread);
        buffer = target;
        start = 0;
        end = unread;
        int read = in.readNBytes(buffer, end, buffer.length - end);
        end += read;
        eof = read == 0;
    }

    byte[] bytes() {
        return buffer;
    }

    int offset() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    long number() {
        return number;
    }

    /** Whether the line is empty or white space only, as {@link String#isBlank()} tells. */
    boolean blank() {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            byte b = buffer[i];
            if (b < 0) {
                return new String(buffer, lineStart, lineLength, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
