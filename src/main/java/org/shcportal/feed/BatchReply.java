package org.shcportal.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The answer to a batch sent as one frame ({@code [FHS] {BHS {MSH...} BTS} [FTS]}, CDC Immunization IG Release 1.5,
 * chapter 5): every message in it is taken on its own, and the answer is a batch of their ACKs, one per message in
 * order, in the same envelope (HL7 v2.5.1 section 2.10.3.3, "Acknowledging batches"): an FHS and a BHS for each one
 * received, naming the received control ids in FHS-12 and BHS-12, a BTS with the number of ACKs of its batch and an
 * FTS with the number of batches. A BTS-1 that counts otherwise than the batch holds is named in the answer's BTS-2.
 */
final class BatchReply {

    /** The field of FHS and BHS that holds the file's or batch's control id (FHS-11, BHS-11). */
    private static final int CONTROL_ID = 11;

    private final String registry;
    private final UnaryOperator<String> answer;
    private final StringBuilder reply = new StringBuilder();
    private final List<String> message = new ArrayList<>();
    private int acksInBatch;
    private int batches;
    private boolean batchOpen;
    private boolean fileOpen;

    private BatchReply(String registry, UnaryOperator<String> answer) {
        this.registry = registry;
        this.answer = answer;
    }

    /** Whether {@code frame} is a batch: its first segment is an FHS or a BHS. */
    static boolean isBatch(String frame) {
        String text = frame.stripLeading();
        return text.startsWith("FHS") || text.startsWith("BHS");
    }

    /**
     * The batch of ACKs that answers {@code frame}, each written by {@code answer} for one message's text (segments
     * ended by CR), answered by {@code registry} (the envelope's sending application and facility).
     */
    static String answer(String frame, String registry, UnaryOperator<String> answer) {
        BatchReply reply = new BatchReply(registry, answer);
        for (String segment : BatchFile.SEGMENT_END.split(frame.strip())) {
            reply.read(segment);
        }
        return reply.finish();
    }

    private void read(String segment) {
        String type = segment.length() < 3 ? segment : segment.substring(0, 3);
        switch (type) {
            case "FHS" -> {
                answerMessage();
                fileOpen = true;
                header(segment);
            }
            case "BHS" -> {
                answerMessage();
                closeBatch(Optional.empty());
                batchOpen = true;
                batches++;
                header(segment);
            }
            case "BTS" -> {
                answerMessage();
                closeBatch(Optional.of(segment));
            }
            case "FTS" -> {
                answerMessage();
                closeBatch(Optional.empty());
                closeFile();
            }
            default -> {
                if (type.equals("MSH")) {
                    answerMessage();
                }
                if (!segment.isBlank()) {
                    message.add(segment);
                }
            }
        }
    }

    private String finish() {
        answerMessage();
        closeBatch(Optional.empty());
        closeFile();
        return reply.toString();
    }

    private void answerMessage() {
        if (!message.isEmpty()) {
            reply.append(answer.apply(String.join("\r", message) + "\r"));
            message.clear();
            acksInBatch++;
        }
    }

    /** Our FHS or BHS for a received one: sender and receiver swapped, its control id referred to. */
    private void header(String received) {
        String[] fields = fields(received);
        reply.append(received, 0, 3).append("|^~\\&|").append(Acknowledgement.escape(registry)).append('|')
                .append(Acknowledgement.escape(registry)).append('|').append(field(fields, 3)).append('|')
                .append(field(fields, 4)).append('|').append(Acknowledgement.now()).append("||||")
                .append(Acknowledgement.newControlId()).append('|').append(field(fields, CONTROL_ID)).append('\r');
        acksInBatch = 0;
    }

    private void closeBatch(Optional<String> receivedTrailer) {
        if (!batchOpen) {
            return;
        }
        String comment = receivedTrailer.flatMap(trailer -> BatchFile.mismatch(trailer, acksInBatch, "messages, the batch"))
                .map(mismatch -> "|" + mismatch).orElse("");
        reply.append("BTS|").append(acksInBatch).append(comment).append('\r');
        batchOpen = false;
    }

    private void closeFile() {
        if (fileOpen) {
            reply.append("FTS|").append(batches).append('\r');
            fileOpen = false;
        }
    }

    /**
     * The segment's fields. Only a segment with the usual field separator (|) is read: the fields of one with another
     * could not be copied into our segments as they are, so none is.
     */
    private static String[] fields(String segment) {
        return segment.length() > 3 && segment.charAt(3) == '|' ? segment.split("\\|", -1) : new String[] { segment };
    }

    /**
     * Field {@code n} of an FHS or BHS as received, or empty. The separator is field 1, so field n (n ≥ 2) is the
     * n-1st piece after the segment's name.
     */
    private static String field(String[] fields, int n) {
        return fields.length > n - 1 ? fields[n - 1] : "";
    }
}
