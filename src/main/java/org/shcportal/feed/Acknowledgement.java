package org.shcportal.feed;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The ACK answering one feed message, in the CDC Immunization IG Release 1.5 Z23 profile (section 3, "Message
 * Acknowledgement"; Appendix A, ACK examples): an MSH with sender and receiver swapped, an MSA with the outcome and
 * the message's control id (MSA-2 = incoming MSH-10), one ERR per problem. MSH-9 is ACK^V04, ACK^R01 or ACK^A40 after
 * the message answered (HL7 v2.5.1 section 2.9.2: the trigger event of an acknowledgement is that of the message);
 * Z23 in MSH-21 only answers a VXU. Written by hand rather than with HAPI's {@code generateACK}, which writes ERR-4
 * "E" for warnings and leaves MSH-21 empty.
 */
final class Acknowledgement {

    /** HL7 v2.5.1 section 2.A.77 (TS): YYYYMMDDHHMMSS+ZZZZ. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx");
    /** MSH-10 is at most 20 characters in HL7 v2.5.1 (section 2.14.9.10): 20 hex digits, 80 random bits. */
    private static final int CONTROL_ID_LENGTH = 20;

    private Acknowledgement() {
    }

    /** HL7 table 0008, acknowledgment code (MSA-1). */
    enum Outcome {
        /** Accepted; warnings may come with it. */
        AA,
        /** Errors found; nothing of the message was stored. */
        AE,
        /** Rejected before its content was read: not HL7, or a message type, version or processing id we do not take. */
        AR
    }

    /**
     * The ACK text (segments ended by CR) for {@code header} (null when the input was not HL7), answered by
     * {@code registry} (our MSH-3 and MSH-4).
     */
    static String write(MessageHeader header, String registry, Outcome outcome, List<FeedProblem> problems) {
        StringBuilder ack = new StringBuilder();
        MessageKind kind = header == null ? MessageKind.IMMUNIZATION
                : MessageKind.of(header).orElse(MessageKind.IMMUNIZATION);
        String processingId = header != null && List.of("P", "T", "D").contains(header.processingId())
                ? header.processingId()
                : "P";
        ack.append("MSH|^~\\&|").append(escape(registry)).append('|').append(escape(registry)).append('|')
                .append(header == null ? "" : escape(header.sendingApplication())).append('|')
                .append(header == null ? "" : escape(header.sendingFacility())).append('|')
                .append(now()).append("||ACK^").append(kind.event()).append("^ACK|")
                .append(newControlId()).append('|').append(processingId).append("|2.5.1|||NE|NE")
                .append(kind == MessageKind.IMMUNIZATION ? "|||||Z23^CDCPHINVS\r" : "\r");
        ack.append("MSA|").append(outcome.name()).append('|')
                .append(header == null ? "" : escape(header.controlId())).append('\r');
        for (FeedProblem problem : problems) {
            ack.append("ERR||").append(problem.location()).append('|').append(problem.code().number()).append('^')
                    .append(problem.code().label()).append("^HL70357|").append(problem.severity().code())
                    .append("||||").append(escape(problem.text())).append('\r');
        }
        return ack.toString();
    }

    /** The time of an answer, as HL7 writes it (TS). */
    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(TIME);
    }

    /** A control id for an answer (MSH-10, or a batch's BHS-11 and FHS-11). */
    static String newControlId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, CONTROL_ID_LENGTH);
    }

    /** HL7 v2.5.1 section 2.7.1, escape sequences in text fields. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\E\\");
                case '|' -> escaped.append("\\F\\");
                case '^' -> escaped.append("\\S\\");
                case '~' -> escaped.append("\\R\\");
                case '&' -> escaped.append("\\T\\");
                case '\r', '\n' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
