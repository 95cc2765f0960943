package org.shcportal.checking;

import static org.shcportal.qr.NumericQr.SCHEME;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shcportal.cards.CardGroup;
import org.shcportal.checking.InputProblem.Field;
import org.shcportal.checking.InputProblem.Kind;

/**
 * What a visitor sent to the check page, turned into the JWS of each card: a {@code .smart-health-card} file
 * (SMART Health Cards specification, "via File Download"), pictures of QR codes (PNG or JPEG), or pasted text —
 * {@code shc:/} QR texts ("Encoding QRs", https://spec.smarthealth.cards/#encoding-qrs), one per line for a card
 * split across several codes, or a bare JWS. The kind of a file is told by its first bytes,
 * never by its name. Nothing is kept.
 */
final class CardInput {

    /** Our limit for everything uploaded at once: a large phone photo fits. */
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    /**
     * Our limit for a {@code .smart-health-card} file: 256 KB, twenty times the largest real one. Measured: the
     * specification's examples are 0.8 to 3.3 KB (the IPS example the largest); of the demo registry's 1,009 persons,
     * a file of one card with its whole history is at most 1.4 KB, and the file of all of one person's cards (14) 12.8
     * KB.
     */
    static final int MAX_CARD_FILE_BYTES = 256 * 1024;
    /** Our limit for pasted text: a card's chunks together are about 7,000 characters. */
    static final int MAX_TEXT_CHARS = 40_000;
    /**
     * Our limit on cards checked at once: one of every kind the portal issues, so that a resident's own "all my cards"
     * file is checked whole.
     */
    static final int MAX_CARDS = CardGroup.values().length;
    /** Our limit on pictures read at once: a few cards' codes, or the few codes of one card split across several. */
    static final int MAX_PICTURES = 10;
    /**
     * Our limit on the pixels of all pictures read at once: two of the largest pictures we read, or four 12-megapixel
     * phone photos. Reading a 24-megapixel picture takes 1.6 to 2.9 s of CPU (measured: a white 4890 × 4890 PNG with
     * one card's QR code, on a busy two-core machine), so a check takes seconds, where the 117 such pictures that fit
     * in 5 MB took minutes.
     */
    static final long MAX_PIXELS_IN_ALL = 2 * QrPicture.MAX_PIXELS;
    /** The bytes that tell a picture from a text file: the PNG signature is the longest. */
    static final int MAGIC_BYTES = 8;

    /** A JWS in compact serialization (RFC 7515 §7.1): three base64url parts, the last possibly empty. */
    static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

    /** One uploaded file's bytes. */
    record Upload(byte[] bytes) {
    }

    private final Set<String> qrTexts = new LinkedHashSet<>();
    private final Set<String> jwsList = new LinkedHashSet<>();
    private final Field field;

    private CardInput(Field field) {
        this.field = field;
    }

    /**
     * The JWS of every card in the uploads or the text, in the order given, each once.
     *
     * @throws InputProblem when there is nothing, both, or something that is not a card
     */
    static List<String> cards(List<Upload> uploads, String text) throws InputProblem {
        boolean hasText = text != null && !text.isBlank();
        if (uploads.isEmpty() && !hasText) {
            throw new InputProblem(Field.FILE, Kind.EMPTY);
        }
        if (!uploads.isEmpty() && hasText) {
            throw new InputProblem(Field.FILE, Kind.BOTH);
        }
        CardInput input = new CardInput(hasText ? Field.TEXT : Field.FILE);
        if (hasText) {
            input.readText(text);
        } else {
            input.readUploads(uploads);
        }
        return input.result();
    }

    /** PNG or JPEG, told by the first bytes. */
    static boolean isPicture(byte[] bytes) {
        return startsWith(bytes, PNG) || startsWith(bytes, JPEG);
    }

    private void readUploads(List<Upload> uploads) throws InputProblem {
        long total = uploads.stream().mapToLong(upload -> upload.bytes().length).sum();
        if (total > MAX_UPLOAD_BYTES) {
            throw new InputProblem(field, Kind.TOO_LARGE);
        }
        checkPictures(uploads.stream().map(Upload::bytes).filter(CardInput::isPicture).toList());
        for (Upload upload : uploads) {
            readFile(upload.bytes());
        }
    }

    /** The pictures' number and size, from their headers alone: before any is decoded. */
    private void checkPictures(List<byte[]> pictures) throws InputProblem {
        if (pictures.size() > MAX_PICTURES) {
            throw new InputProblem(field, Kind.TOO_MANY_PICTURES);
        }
        long pixels = 0;
        for (byte[] picture : pictures) {
            long size = QrPicture.pixels(picture);
            if (size > QrPicture.MAX_PIXELS) {
                throw new InputProblem(field, Kind.PICTURE_TOO_LARGE);
            }
            pixels += size;
        }
        if (pixels > MAX_PIXELS_IN_ALL) {
            throw new InputProblem(field, Kind.PICTURES_TOO_LARGE);
        }
    }

    private void readFile(byte[] bytes) throws InputProblem {
        if (isPicture(bytes)) {
            readPicture(bytes);
        } else if (bytes.length > MAX_CARD_FILE_BYTES) {
            throw new InputProblem(field, Kind.CARD_FILE_TOO_LARGE);
        } else if (isText(bytes)) {
            String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").strip();
            if (text.startsWith("{")) {
                readCardFile(text);
            } else if (!readTokens(text)) {
                throw new InputProblem(field, Kind.NOT_A_CARD_FILE);
            }
        } else {
            throw new InputProblem(field, Kind.NOT_A_CARD_FILE);
        }
    }

    private void readPicture(byte[] bytes) throws InputProblem {
        String text = QrPicture.text(bytes, field);
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InputProblem(field, Kind.QR_NOT_A_CARD);
        }
        qrTexts.add(SCHEME + text.substring(SCHEME.length()));
    }

    private void readText(String text) throws InputProblem {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new InputProblem(field, Kind.TEXT_TOO_LONG);
        }
        String stripped = text.strip();
        if (stripped.startsWith("{")) {
            readCardFile(stripped);
        } else if (!readTokens(stripped)) {
            throw new InputProblem(field, Kind.NOT_A_CARD_TEXT);
        }
    }

    private void readCardFile(String json) throws InputProblem {
        jwsList.addAll(CardFile.jwsList(json, field));
    }

    /** QR texts and JWS separated by white space; false when a piece is neither. */
    private boolean readTokens(String text) {
        for (String token : text.split("\\s+")) {
            if (token.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                qrTexts.add(SCHEME + token.substring(SCHEME.length()));
            } else if (JWS.matcher(token).matches()) {
                jwsList.add(token);
            } else {
                return false;
            }
        }
        return true;
    }

    private List<String> result() throws InputProblem {
        List<String> cards = new ArrayList<>(jwsList);
        cards.addAll(QrTexts.cards(qrTexts, field));
        List<String> unique = List.copyOf(new LinkedHashSet<>(cards));
        if (unique.size() > MAX_CARDS) {
            throw new InputProblem(field, Kind.TOO_MANY_CARDS);
        }
        return unique;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Printable ASCII and white space only (a UTF-8 byte order mark is allowed): a card file or QR text. */
    private static boolean isText(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        if (bytes.length == start) {
            return false;
        }
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x7F || (b < 0x20 && b != '\n' && b != '\r' && b != '\t')) {
                return false;
            }
        }
        return true;
    }
}
