package org.shcportal.qr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The numeric form of a JWS in QR codes: {@code shc:/} and two digits per JWS character, split into balanced chunks
 * {@code shc:/C/N/…} when the JWS is too long for one QR code (SMART Health Cards specification, "Encoding QRs" and
 * "Chunking Larger SHCs", https://spec.smarthealth.cards/#encoding-qrs).
 */
public final class NumericQr {

    /**
     * The longest JWS that one QR code holds: a version-22 symbol at error correction L (SMART Health Cards
     * specification, "Health Cards as QR Codes", https://spec.smarthealth.cards/#health-cards-as-qr-codes).
     */
    public static final int MAX_SINGLE_QR_JWS_LENGTH = 1195;
    /** The prefix of every QR text: the {@code shc} URI scheme, registered with IANA ("Encoding QRs"). */
    public static final String SCHEME = "shc:/";
    static final int MAX_CHUNK_JWS_LENGTH = 1191; // the spec's limit for one chunk
    private static final char LOWEST_JWS_CHAR = '-'; // spec, "Encoding QRs": c - 45 gives 00
    private static final char HIGHEST_JWS_CHAR = 'z'; // spec, "Encoding QRs": 'z' - 45 gives 77
    private static final int HIGHEST_PAIR = HIGHEST_JWS_CHAR - LOWEST_JWS_CHAR;
    private static final Pattern SINGLE_CODE = Pattern.compile(Pattern.quote(SCHEME) + "(?:[0-9]{2})+");

    private NumericQr() {
    }

    /** Whether {@code text} is the QR text of a whole card in one code: the scheme and pairs of digits, no chunk. */
    public static boolean isSingleCode(String text) {
        return text != null && SINGLE_CODE.matcher(text).matches();
    }

    /**
     * The QR texts of a JWS: one {@code shc:/<digits>} when it fits one QR code, otherwise chunks
     * {@code shc:/C/N/<digits>} of at most 1191 JWS characters each, split as evenly as the spec's reference
     * generator does ({@code n = ceil(length / 1191)}, {@code size = ceil(length / n)}).
     */
    public static List<String> texts(String jws) {
        checkCharacters(jws);
        int length = jws.length();
        if (length <= MAX_SINGLE_QR_JWS_LENGTH) {
            return List.of(text(SCHEME, jws, 0, length));
        }
        int count = ceilDiv(length, MAX_CHUNK_JWS_LENGTH);
        int size = ceilDiv(length, count);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String prefix = SCHEME + (i + 1) + "/" + count + "/";
            texts.add(text(prefix, jws, i * size, Math.min(length, (i + 1) * size)));
        }
        return List.copyOf(texts);
    }

    /**
     * The JWS back from its QR texts: one unchunked text, or all chunks of one JWS in any order.
     *
     * @throws IllegalArgumentException when a text is malformed or a chunk is missing or repeated
     */
    public static String jws(Collection<String> texts) {
        List<ShcText> parts = ChunkSet.inOrder(texts.stream().map(ShcText::parse).toList());
        int digits = parts.stream().mapToInt(part -> part.text().length() - part.digitsStart()).sum();
        StringBuilder jws = new StringBuilder(digits / 2);
        for (ShcText part : parts) {
            appendJws(part, jws);
        }
        return jws.toString();
    }

    private static void checkCharacters(String jws) {
        if (jws.isEmpty()) {
            throw new IllegalArgumentException("The JWS is empty.");
        }
        for (int i = 0; i < jws.length(); i++) {
            char c = jws.charAt(i);
            if (c < LOWEST_JWS_CHAR || c > HIGHEST_JWS_CHAR) {
                throw new IllegalArgumentException(String.format(
                        "A JWS holds only base64url characters and dots, not U+%04X (at position %d).", (int) c, i));
            }
        }
    }

    private static String text(String prefix, String jws, int from, int to) {
        StringBuilder text = new StringBuilder(prefix.length() + 2 * (to - from)).append(prefix);
        for (int i = from; i < to; i++) {
            int pair = jws.charAt(i) - LOWEST_JWS_CHAR;
            text.append((char) ('0' + pair / 10)).append((char) ('0' + pair % 10));
        }
        return text.toString();
    }

    private static void appendJws(ShcText part, StringBuilder jws) {
        String text = part.text();
        int start = part.digitsStart();
        if ((text.length() - start) % 2 != 0) {
            throw new IllegalArgumentException("The digits of " + part.label() + " are odd in number ("
                    + (text.length() - start) + "); every JWS character takes two.");
        }
        for (int i = start; i < text.length(); i += 2) {
            int pair = (text.charAt(i) - '0') * 10 + (text.charAt(i + 1) - '0');
            if (pair > HIGHEST_PAIR) {
                throw new IllegalArgumentException("The digit pair " + pair + " at digit " + (i - start) + " of "
                        + part.label() + " is above " + HIGHEST_PAIR + ", so it is no JWS character.");
            }
            jws.append((char) (LOWEST_JWS_CHAR + pair));
        }
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
