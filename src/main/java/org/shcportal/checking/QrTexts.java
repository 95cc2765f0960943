package org.shcportal.checking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shcportal.checking.InputProblem.Field;
import org.shcportal.checking.InputProblem.Kind;
import org.shcportal.qr.NumericQr;

/**
 * QR texts back to the JWS of their cards (SMART Health Cards specification, "Encoding QRs",
 * https://spec.smarthealth.cards/#encoding-qrs): one card per {@code shc:/} text, and one for the chunks
 * {@code shc:/C/N/…} of a card split across several codes, given in any order — all of them, or the visitor is told
 * which are missing.
 */
final class QrTexts {

    private static final Pattern SINGLE = Pattern.compile(NumericQr.SCHEME + "[0-9]*");
    private static final Pattern CHUNK = Pattern.compile(NumericQr.SCHEME + "([0-9]{1,3})/([0-9]{1,3})/[0-9]*");

    private QrTexts() {
    }

    /**
     * @param texts distinct QR texts, each starting with {@code shc:/} in lower case
     * @throws InputProblem {@code NOT_A_CARD_TEXT}, {@code CHUNKS_MIXED} or {@code CHUNKS_MISSING}
     */
    static List<String> cards(Collection<String> texts, Field field) throws InputProblem {
        List<String> cards = new ArrayList<>();
        Map<Integer, String> chunks = new TreeMap<>();
        int total = 0;
        for (String text : texts) {
            Matcher chunk = CHUNK.matcher(text);
            if (chunk.matches()) {
                int index = Integer.parseInt(chunk.group(1));
                int count = Integer.parseInt(chunk.group(2));
                if (index < 1 || index > count) {
                    throw new InputProblem(field, Kind.NOT_A_CARD_TEXT);
                }
                if ((total != 0 && total != count) || chunks.putIfAbsent(index, text) != null) {
                    throw new InputProblem(field, Kind.CHUNKS_MIXED);
                }
                total = count;
            } else if (SINGLE.matcher(text).matches()) {
                cards.add(jws(List.of(text), field));
            } else {
                throw new InputProblem(field, Kind.NOT_A_CARD_TEXT);
            }
        }
        if (!chunks.isEmpty()) {
            if (chunks.size() < total) {
                throw InputProblem.chunksMissing(field, chunks.size(), total, missing(chunks, total));
            }
            cards.add(jws(chunks.values(), field));
        }
        return cards;
    }

    private static List<Integer> missing(Map<Integer, String> chunks, int total) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (!chunks.containsKey(i)) {
                missing.add(i);
            }
        }
        return missing;
    }

    private static String jws(Collection<String> texts, Field field) throws InputProblem {
        try {
            return NumericQr.jws(texts);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(field, Kind.NOT_A_CARD_TEXT);
        }
    }
}
