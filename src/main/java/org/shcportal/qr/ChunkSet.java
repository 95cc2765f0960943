package org.shcportal.qr;

import java.util.Arrays;
import java.util.List;

/**
 * The QR texts of one JWS put in order: a single text without a chunk number, or chunks {@code 1/N} to
 * {@code N/N}, each exactly once, scanned in any order (SMART Health Cards specification, "Chunking Larger SHCs").
 */
final class ChunkSet {

    private ChunkSet() {
    }

    static List<ShcText> inOrder(List<ShcText> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("There is no QR text to decode.");
        }
        if (parts.size() == 1 && !parts.get(0).chunked()) {
            return parts;
        }
        ShcText[] ordered = new ShcText[parts.get(0).chunks()];
        for (ShcText part : parts) {
            place(part, ordered);
        }
        for (int i = 0; i < ordered.length; i++) {
            if (ordered[i] == null) {
                throw new IllegalArgumentException("Chunk " + (i + 1) + " of " + ordered.length + " is missing.");
            }
        }
        return Arrays.asList(ordered);
    }

    private static void place(ShcText part, ShcText[] ordered) {
        if (!part.chunked()) {
            throw new IllegalArgumentException(
                    "Several QR texts are chunks of one card and must all start with shc:/C/N/, but one has no chunk number.");
        }
        if (part.chunks() != ordered.length) {
            throw new IllegalArgumentException(
                    "The chunks disagree on their number: " + ordered.length + " and " + part.chunks() + ".");
        }
        if (ordered[part.chunk() - 1] != null) {
            throw new IllegalArgumentException("Chunk " + part.chunk() + " of " + part.chunks() + " appears twice.");
        }
        ordered[part.chunk() - 1] = part;
    }
}
