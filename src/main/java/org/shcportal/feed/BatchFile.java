package org.shcportal.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The messages of a file: one message after another, or a batch (CDC Immunization IG Release 1.5, chapter 5,
 * "Batch Processing": {@code [FHS] {BHS {MSH...} BTS} [FTS]}). The batch header and trailer segments are dropped and
 * a new message starts at each MSH. Text before the first MSH that is not a batch segment is a message of its own,
 * so that it is reported rather than lost.
 */
final class BatchFile {

    static final Pattern SEGMENT_END = Pattern.compile("\r\n|\r|\n");
    private static final List<String> BATCH_SEGMENTS = List.of("FHS", "BHS", "BTS", "FTS");

    private BatchFile() {
    }

    /**
     * Where the counts of a batch's trailers disagree with what the file holds (BTS-1, the batch's message count;
     * FTS-1, the file's batch count: CDC Immunization IG Release 1.5, chapter 5), one sentence each; empty when they
     * agree or are not given. A count that disagrees means the file was cut short or put together by hand.
     */
    static List<String> trailerMismatches(String text) {
        List<String> mismatches = new ArrayList<>();
        int batches = 0;
        int messagesInBatch = 0;
        for (String segment : SEGMENT_END.split(text)) {
            if (segment.startsWith("BHS")) {
                batches++;
                messagesInBatch = 0;
            } else if (segment.startsWith("MSH")) {
                messagesInBatch++;
            } else if (segment.startsWith("BTS")) {
                mismatch(segment, messagesInBatch, "messages, the batch").ifPresent(mismatches::add);
            } else if (segment.startsWith("FTS")) {
                mismatch(segment, batches, "batches, the file").ifPresent(mismatches::add);
            }
        }
        return mismatches;
    }

    /** "BTS-1 counts n messages, the batch holds m." (or FTS-1's), when the trailer counts otherwise than {@code held}. */
    static Optional<String> mismatch(String trailer, int held, String what) {
        return count(trailer).filter(count -> count != held).map(count -> trailer.substring(0, 3) + "-1 counts " + count
                + " " + what + " holds " + held + ".");
    }

    /** The first field of a trailer segment as a count; empty when it is missing or not a number. */
    private static Optional<Integer> count(String segment) {
        if (segment.length() < 5) {
            return Optional.empty();
        }
        String first = segment.substring(4).split(Pattern.quote(segment.substring(3, 4)), -1)[0].strip();
        return first.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(first)) : Optional.empty();
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
