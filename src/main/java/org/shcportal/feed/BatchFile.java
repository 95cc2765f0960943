package org.shcportal.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The messages of a file: one message after another, or a batch (CDC Immunization IG Release 1.5, chapter 5,
 * "Batch Processing": {@code [FHS] {BHS {MSH...} BTS} [FTS]}). The batch header and trailer segments are dropped and
 * a new message starts at each MSH. Text before the first MSH that is not a batch segment is a message of its own,
 * so that it is reported rather than lost.
 */
final class BatchFile {

    private static final Pattern SEGMENT_END = Pattern.compile("\r\n|\r|\n");
    private static final List<String> BATCH_SEGMENTS = List.of("FHS", "BHS", "BTS", "FTS");

    private BatchFile() {
    }

    /** The messages in {@code text}, each with its segments ended by CR. */
    static List<String> messages(String text) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String segment : SEGMENT_END.split(text)) {
            if (segment.isBlank() || BATCH_SEGMENTS.stream().anyMatch(segment::startsWith)) {
                continue;
            }
            if (segment.startsWith("MSH") && !current.isEmpty()) {
                messages.add(current.toString());
                current.setLength(0);
            }
            current.append(segment).append('\r');
        }
        if (!current.isEmpty()) {
            messages.add(current.toString());
        }
        return messages;
    }
}
