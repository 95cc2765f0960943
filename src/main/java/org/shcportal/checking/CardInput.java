package org.shcportal.checking;

import static org.shcportal.qr.NumericQr.SCHEME;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shcportal.cards.HealthCardFile;
import org.shcportal.checking.InputProblem.Field;
import org.shcportal.checking.InputProblem.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    /** Our limit for pasted text: a card's chunks together are about 7,000 characters. */
    static final int MAX_TEXT_CHARS = 40_000;
    /** Our limit on cards checked at once. */
    static final int MAX_CARDS = 10;

    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    private void readUploads(List<Upload> uploads) throws InputProblem {
        long total = uploads.stream().mapToLong(upload -> upload.bytes().length).sum();
        if (total > MAX_UPLOAD_BYTES) {
            throw new InputProblem(field, Kind.TOO_LARGE);
        }
        for (Upload upload : uploads) {
            readFile(upload.bytes());
        }
    }

    private void readFile(byte[] bytes) throws InputProblem {
        if (startsWith(bytes, PNG) || startsWith(bytes, JPEG)) {
            readPicture(bytes);
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

    /**
     * The contents of a {@code .smart-health-card} file: {@code {"verifiableCredential":[JWS, …]}} (SMART Health Cards
     * specification, "via File Download").
     */
    private void readCardFile(String json) throws InputProblem {
        JsonNode file;
        try {
            file = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InputProblem(field, Kind.NOT_A_HEALTH_CARD);
        }
        JsonNode credentials = file == null ? null : file.get(HealthCardFile.CREDENTIALS);
        if (credentials == null || !credentials.isArray() || credentials.isEmpty()) {
            throw new InputProblem(field, Kind.NOT_A_HEALTH_CARD);
        }
        for (JsonNode credential : credentials) {
            if (!credential.isTextual() || !JWS.matcher(credential.asText()).matches()) {
                throw new InputProblem(field, Kind.NOT_A_HEALTH_CARD);
            }
            jwsList.add(credential.asText());
        }
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
