package org.shcportal.feed;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonToken;

/**
 * The tokens of a JSON object (RFC 8259) made only of objects, arrays and strings of printable ASCII characters
 * without escapes, read straight from the bytes: the lines an export writes are such objects, and reading them so
 * takes less of the JVM's CPU than Jackson's general parser (docs/operations.md, "Replay and bulk load"). Anything
 * else (a number, a literal, an escape, a character outside printable ASCII, a syntax error, the end of the bytes
 * before the object's end) throws {@link NotPlain}, and the caller reads the line again with Jackson, which decides
 * it. What is read is Jackson's tokens for the same bytes, so both readings give the same fields. Like Jackson's
 * parser, it stops at the end of the first value and does not look at what follows.
 */
final class PlainJson implements JsonTokens {

    /** A line this reader leaves to Jackson. */
    static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not plain JSON", null, false, false);
        }
    }

    /**
     * The deepest nesting, the longest name and the longest line read here: a project choice, far above an export's
     * lines (4 levels, names of 20 characters, lines of 500 bytes) and far below Jackson's limits (its
     * StreamReadConstraints), so that a line past them is left to Jackson and refused or read as Jackson does.
     */
    static final int MAX_DEPTH = 32;
    static final int MAX_NAME = 256;
    static final int MAX_LINE = 1 << 16;

    private final byte[] bytes;
    private final int end;
    private int at;
    private final boolean[] object = new boolean[MAX_DEPTH];
    private final boolean[] hasItems = new boolean[MAX_DEPTH];
    private int depth;
    private boolean started;
    private boolean valueNext;
    private JsonToken current;
    private String name;
    private int textStart;
    private int textEnd;

    PlainJson(byte[] bytes, int offset, int length) {
        if (length > MAX_LINE) {
            throw NotPlain.INSTANCE;
        }
        this.bytes = bytes;
        this.at = offset;
        this.end = offset + length;
    }

    @Override
    public JsonToken nextToken() {
        current = token();
        return current;
    }

    private JsonToken token() {
        skipSpace();
        if (valueNext) {
            valueNext = false;
            return value();
        }
        if (depth == 0) {
            if (started || peek() != '{') {
                throw NotPlain.INSTANCE;
            }
            started = true;
            return value();
        }
        byte next = peek();
        if (next == (object[depth - 1] ? '}' : ']')) {
            at++;
            depth--;
            return object[depth] ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        }
        if (hasItems[depth - 1]) {
            expect((byte) ',');
            skipSpace();
        }
        hasItems[depth - 1] = true;
        if (!object[depth - 1]) {
            return value();
        }
        string();
        if (textEnd - textStart > MAX_NAME) {
            throw NotPlain.INSTANCE;
        }
        name = new String(bytes, textStart, textEnd - textStart, StandardCharsets.ISO_8859_1);
        skipSpace();
        expect((byte) ':');
        valueNext = true;
        return JsonToken.FIELD_NAME;
    }

    private JsonToken value() {
        byte next = peek();
        if (next == '"') {
            string();
            return JsonToken.VALUE_STRING;
        }
        if (next != '{' && next != '[' || depth == MAX_DEPTH) {
            throw NotPlain.INSTANCE;
        }
        at++;
        object[depth] = next == '{';
        hasItems[depth] = false;
        depth++;
        return next == '{' ? JsonToken.START_OBJECT : JsonToken.START_ARRAY;
    }

    /** A string at {@code at}, its characters from {@code textStart} to {@code textEnd}. */
    private void string() {
        expect((byte) '"');
        textStart = at;
        while (at < end && bytes[at] != '"') {
            byte b = bytes[at];
            // Below 0x20 a control character, negative a byte of a character outside ASCII; or an escape.
            if (b < 0x20 || b == 0x7f || b == '\\') {
                throw NotPlain.INSTANCE;
            }
            at++;
        }
        if (at == end) {
            throw NotPlain.INSTANCE;
        }
        textEnd = at++;
    }

    private void expect(byte wanted) {
        if (peek() != wanted) {
            throw NotPlain.INSTANCE;
        }
        at++;
    }

    private byte peek() {
        if (at == end) {
            throw NotPlain.INSTANCE;
        }
        return bytes[at];
    }

    /** JSON's white space (RFC 8259, section 2). */
    private void skipSpace() {
        while (at < end && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\n' || bytes[at] == '\r')) {
            at++;
        }
    }

    @Override
    public String currentName() {
        return name;
    }

    @Override
    public String getText() {
        return new String(bytes, textStart, textEnd - textStart, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void skipChildren() {
        if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
            return;
        }
        int level = depth;
        while (depth >= level) {
            nextToken();
        }
    }
}
