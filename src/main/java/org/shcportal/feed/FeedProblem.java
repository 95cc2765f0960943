package org.shcportal.feed;

/**
 * One problem found in a feed message, as an ACK's ERR segment reports it (HL7 v2.5.1 chapter 2, ERR; CDC
 * Immunization IG Release 1.5, Z23 profile): where (ERR-2, an ERL), which HL7 error code (ERR-3, table 0357), how bad
 * (ERR-4, table 0516) and what a person reads (ERR-8). The text never holds personal data.
 *
 * @param segment the segment id, e.g. {@code RXA}
 * @param sequence which occurrence of that segment in the message, from 1; 0 when no segment applies
 * @param field the field position, 0 for the whole segment
 * @param component the component position in the field's first repetition, 0 for the whole field
 * @param code the HL7 error code
 * @param severity how bad it is
 * @param text what a person reads
 */
public record FeedProblem(String segment, int sequence, int field, int component, ErrorCode code, Severity severity,
        String text) {

    /** An error: nothing of the message is stored. */
    static FeedProblem error(String segment, int sequence, int field, ErrorCode code, String text) {
        return new FeedProblem(segment, sequence, field, 0, code, Severity.ERROR, text);
    }

    /** The same problem, located at a component of the field (e.g. CE.1, the code of a coded field). */
    FeedProblem atComponent(int position) {
        return new FeedProblem(segment, sequence, field, position, code, severity, text);
    }

    /** A warning: the message is stored without the data the warning names. */
    static FeedProblem warning(String segment, int sequence, int field, ErrorCode code, String text) {
        return new FeedProblem(segment, sequence, field, 0, code, Severity.WARNING, text);
    }

    /**
     * ERR-2 as written in an ACK (ERL: segment, sequence, field, repetition, component), e.g. {@code RXA^1^5} or
     * {@code RXA^1^5^1^1}.
     */
    public String location() {
        StringBuilder location = new StringBuilder(segment);
        if (sequence > 0) {
            location.append('^').append(sequence);
            if (field > 0) {
                location.append('^').append(field);
                if (component > 0) {
                    location.append("^1^").append(component);
                }
            }
        }
        return location.toString();
    }

    /** Location, code and severity in one line, e.g. {@code RXA^1^5 101 E}: what the feed log keeps. */
    public String summary() {
        return location() + " " + code.number() + " " + severity.code();
    }

    /** HL7 table 0357, message error condition codes (HL7 v2.5.1 chapter 2, ERR-3). */
    public enum ErrorCode {
        SEGMENT_SEQUENCE_ERROR(100, "Segment sequence error"),
        REQUIRED_FIELD_MISSING(101, "Required field missing"),
        DATA_TYPE_ERROR(102, "Data type error"),
        TABLE_VALUE_NOT_FOUND(103, "Table value not found"),
        UNSUPPORTED_MESSAGE_TYPE(200, "Unsupported message type"),
        UNSUPPORTED_EVENT_CODE(201, "Unsupported event code"),
        UNSUPPORTED_PROCESSING_ID(202, "Unsupported processing id"),
        UNSUPPORTED_VERSION_ID(203, "Unsupported version id"),
        UNKNOWN_KEY_IDENTIFIER(204, "Unknown key identifier"),
        DUPLICATE_KEY_IDENTIFIER(205, "Duplicate key identifier"),
        APPLICATION_INTERNAL_ERROR(207, "Application internal error");

        private final int number;
        private final String label;

        ErrorCode(int number, String label) {
            this.number = number;
            this.label = label;
        }

        public int number() {
            return number;
        }

        public String label() {
            return label;
        }
    }

    /** HL7 table 0516, error severity (HL7 v2.5.1 chapter 2, ERR-4). */
    public enum Severity {
        ERROR("E"),
        WARNING("W"),
        INFORMATION("I");

        private final String code;

        Severity(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
