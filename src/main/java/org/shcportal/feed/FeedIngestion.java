package org.shcportal.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.hibernate.JDBCException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.feed.Acknowledgement.Outcome;
import org.shcportal.feed.FeedProblem.ErrorCode;
import org.shcportal.feed.FeedProblem.Severity;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Takes one message of the registry feed into the registry in one transaction and answers it with an ACK of the same
 * trigger event: a VXU^V04 (CDC HL7 2.5.1 Implementation Guide for Immunization Messaging, Release 1.5, profile Z22;
 * {@link ImmunizationUpdate}), an ORU^R01 (HL7 v2.5.1 ELR R1; {@link LabResultUpdate}) or an ADT^A40 (HL7 v2.5.1
 * chapter 3, merge patient; {@link PersonMerge}).
 * Following the guide's two steps (Release 1.5 Addendum, "Acknowledgement Pattern"), the header is checked first
 * (message type, version, processing id: AR when wrong); then the content: any error stores nothing (AE), warnings
 * store the rest (AA with ERR). The same sender (MSH-4) and control id (MSH-10) again get the stored ACK, whatever the
 * rest of the header now says. Never throws.
 */
@ApplicationScoped
public class FeedIngestion {

    private static final Logger LOG = Logger.getLogger(FeedIngestion.class);
    /** HL7 table 0103, processing id (MSH-11). */
    private static final List<String> PROCESSING_IDS = List.of("P", "T", "D");
    private static final String VERSION = "2.5.1";
    /** Column sizes of feed_message (db-migrations V019): sender, control_id, error_locations. */
    private static final int SENDER_LENGTH = 100;
    private static final int CONTROL_ID_LENGTH = 199;
    private static final int ERROR_LOCATIONS_LENGTH = 2000;

    @Inject
    FeedConfig config;

    @Inject
    ImmunizationUpdate immunizations;

    @Inject
    LabResultUpdate labResults;

    @Inject
    PersonMerge merges;

    @Inject
    AuditLog audit;

    @Inject
    KeptAnswers kept;

    @Inject
    Event<RecordUpdated> updates;

    @Inject
    Event<MessageAnswered> answers;

    /** Parses without HAPI's validation: our own checks decide, and report each problem in the ACK. */
    private final PipeParser parser = parser();

    private static PipeParser parser() {
        HapiContext context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        return context.getPipeParser();
    }

    /** Takes {@code text} (segments ended by CR, LF or CRLF) and returns what became of it, ACK included. */
    Receipt receive(String text) {
        return receive(text, null);
    }

    /**
     * As {@link #receive(String)}, with {@code routed}: the message as a parser without validation already read it from
     * exactly {@code text} (HAPI's MLLP server does, to route it), or null. It is taken instead of parsing the text
     * again when normalising only took CRs off its end, which HAPI's parser skips anyway (empty segments), so that
     * both readings are of the same segments.
     */
    Receipt receive(String text, Message routed) {
        long start = System.nanoTime();
        Receipt receipt = answer(text, routed);
        List<String> codes = receipt.problems().stream().map(problem -> problem.split(" ")[1]).toList();
        answers.fire(new MessageAnswered(receipt.sender(), receipt.outcome().name(), codes, System.nanoTime() - start));
        return receipt;
    }

    private Receipt answer(String text, Message routed) {
        MessageHeader header = null;
        try {
            if (text == null || text.length() > config.maxMessageLength()) {
                // The header of a message too long to read is still read, so that MSA-2 names the message.
                MessageHeader named = text == null ? null
                        : MessageHeader.read(normalised(text.substring(0, config.maxMessageLength()))).orElse(null);
                return refuse(named, FeedProblem.error("MSH", 1, 0, ErrorCode.APPLICATION_INTERNAL_ERROR,
                        "The message is empty or longer than " + config.maxMessageLength() + " characters."));
            }
            String message = normalised(text);
            Optional<MessageHeader> read = MessageHeader.read(message);
            if (read.isEmpty()) {
                return refuse(null, FeedProblem.error("MSH", 1, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                        "This is not an HL7 version 2 message: it does not start with an MSH segment."));
            }
            header = read.get();
            if (message.indexOf('\u0000') >= 0) {
                // PostgreSQL text cannot hold NUL (PostgreSQL docs, "Character Types"), and HL7 v2 text never needs it.
                return refuse(header, FeedProblem.error("MSH", 1, 0, ErrorCode.DATA_TYPE_ERROR,
                        "The message holds a NUL character (0x00), which the registry does not take."));
            }
            return receive(header, message, sameSegments(text, message) ? routed : null);
        } catch (RuntimeException e) {
            // The class, where it was thrown and the database's error code only: the message may quote the content.
            LOG.errorf("A feed message could not be processed: %s at %s%s", e.getClass().getName(),
                    e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0], databaseDetail(e));
            return refuse(header, FeedProblem.error("MSH", 1, 0, ErrorCode.APPLICATION_INTERNAL_ERROR,
                    "The registry could not process this message; send it again later."));
        }
    }

    private Receipt receive(MessageHeader header, String message, Message routed) {
        Optional<FeedProblem> unkeyed = checkKey(header);
        if (unkeyed.isPresent()) {
            return refuse(header, unkeyed.get());
        }
        Optional<FeedProblem> unsupported = checkHeader(header);
        if (unsupported.isPresent()) {
            return remember(header, Outcome.AR, List.of(unsupported.get()));
        }
        MessageKind kind = MessageKind.of(header).orElseThrow();
        Message parsed;
        try {
            parsed = routed != null ? routed : parser.parse(message);
        } catch (HL7Exception | RuntimeException e) {
            // HAPI 2.6.0's PipeParser also throws runtime exceptions (e.g. ClassCastException) on some broken
            // segments (found by FeedFuzzTest, seed 20260101, message 5236): those messages cannot be read either.
            return remember(header, Outcome.AR, List.of(FeedProblem.error("MSH", 1, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "The message could not be read as an HL7 v2.5.1 " + header.messageType() + "^" + header.event()
                            + ".")));
        }
        if (!kind.structure().isInstance(parsed)) {
            return remember(header, Outcome.AR, List.of(FeedProblem.error("MSH", 1, 9,
                    ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "Only " + MessageKind.names() + " messages are taken.")));
        }
        return store(header, change(kind), parsed);
    }

    private RecordChange change(MessageKind kind) {
        return switch (kind) {
            case IMMUNIZATION -> immunizations;
            case LAB_RESULT -> labResults;
            case MERGE -> merges;
        };
    }

    /** The SQL state and violated constraint behind an exception, as " (SQL state S, constraint C)", or empty. */
    private static String databaseDetail(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCException failed) {
                String constraint = failed instanceof ConstraintViolationException violation
                        && violation.getConstraintName() != null ? ", constraint " + violation.getConstraintName() : "";
                return " (SQL state " + failed.getSQLState() + constraint + ")";
            }
        }
        return "";
    }

    /** The problem that keeps a message from being told apart from others (AR, nothing kept), if any. */
    private static Optional<FeedProblem> checkKey(MessageHeader header) {
        if (sender(header).isEmpty()) {
            return Optional.of(FeedProblem.error("MSH", 1, 4, ErrorCode.REQUIRED_FIELD_MISSING,
                    "MSH-4 (sending facility) is required."));
        }
        if (header.controlId().isEmpty()) {
            return Optional.of(FeedProblem.error("MSH", 1, 10, ErrorCode.REQUIRED_FIELD_MISSING,
                    "MSH-10 (message control id) is required."));
        }
        if (sender(header).length() > SENDER_LENGTH || header.controlId().length() > CONTROL_ID_LENGTH) {
            return Optional.of(FeedProblem.error("MSH", 1, sender(header).length() > SENDER_LENGTH ? 4 : 10,
                    ErrorCode.DATA_TYPE_ERROR, "MSH-4 may have at most " + SENDER_LENGTH
                            + " characters and MSH-10 at most " + CONTROL_ID_LENGTH + "."));
        }
        return Optional.empty();
    }

    /** The header problem that stops a message before its content is read (AR), if any. */
    private static Optional<FeedProblem> checkHeader(MessageHeader header) {
        if (!MessageKind.knowsType(header.messageType())) {
            return Optional.of(FeedProblem.error("MSH", 1, 9, ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "Message type "
                    + header.messageType() + " is not taken; only " + MessageKind.names() + " are."));
        }
        if (MessageKind.of(header).isEmpty()) {
            return Optional.of(FeedProblem.error("MSH", 1, 9, ErrorCode.UNSUPPORTED_EVENT_CODE, "Event "
                    + header.event() + " is not taken; only " + MessageKind.names() + " are."));
        }
        if (!PROCESSING_IDS.contains(header.processingId())) {
            return Optional.of(FeedProblem.error("MSH", 1, 11, ErrorCode.UNSUPPORTED_PROCESSING_ID,
                    "Processing id " + header.processingId() + " is not one of P, T or D."));
        }
        if (!VERSION.equals(header.version())) {
            return Optional.of(FeedProblem.error("MSH", 1, 12, ErrorCode.UNSUPPORTED_VERSION_ID,
                    "HL7 version " + header.version() + " is not taken; only 2.5.1 is."));
        }
        return Optional.empty();
    }

    /**
     * Applies the message in one transaction and keeps its answer there; when the same sender and control id were
     * answered before, keeping it finds that answer (the unique key of feed_message), and the transaction is rolled
     * back and the earlier answer given instead: looking for an earlier answer first would cost every message a
     * statement, for the few that are sent again. On any error rolls it back and keeps only the answer.
     */
    private Receipt store(MessageHeader header, RecordChange change, Message message) {
        List<FeedProblem> problems = new ArrayList<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<ChangedPerson> changed = change.apply(message, sender(header), problems);
                if (hasError(problems) || changed.isEmpty()) {
                    throw new ContentError();
                }
                Receipt receipt = save(header, Outcome.AA, problems, changed.get(0).person().id)
                        .orElseThrow(ContentError::new);
                changed.forEach(person -> updates.fire(person.event()));
                return receipt;
            });
        } catch (ContentError e) {
            return remember(header, Outcome.AE, problems);
        }
    }

    /** Rolls back the message's transaction when its content has an error, or when it was answered before. */
    private static final class ContentError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ContentError() {
            super(null, null, false, false);
        }
    }

    private static boolean hasError(List<FeedProblem> problems) {
        return problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
    }

    /** Answers and keeps the answer, so that the same message again gets it; or the answer kept before. */
    private Receipt remember(MessageHeader header, Outcome outcome, List<FeedProblem> problems) {
        // Kept by a message with the same key in the meantime, the answer is there for the second look.
        return QuarkusTransaction.requiringNew().call(() -> kept.find(sender(header), header.controlId())
                .or(() -> save(header, outcome, problems, null))
                .or(() -> kept.find(sender(header), header.controlId()))
                .orElseThrow());
    }

    /** Keeps the answer and audits the message; empty, doing neither, when the message was answered before. */
    private Optional<Receipt> save(MessageHeader header, Outcome outcome, List<FeedProblem> problems, Long personId) {
        String ack = Acknowledgement.write(header, config.assigningAuthority(), outcome, problems);
        List<String> summaries = problems.stream().map(FeedProblem::summary).toList();
        Receipt receipt = new Receipt(sender(header), header.controlId(), outcome, summaries, ack);
        if (!kept.keep(receipt, Instant.now(), summaries.isEmpty() ? null : firstLines(summaries))) {
            return Optional.empty();
        }
        audit.record(AuditAction.FEED_MESSAGE_RECEIVED, Actor.system(), personId, outcome.name() + " " + receipt.sender());
        return Optional.of(receipt);
    }

    /** As many whole summaries, one a line, as the feed_message column holds. */
    private static String firstLines(List<String> summaries) {
        StringBuilder lines = new StringBuilder();
        for (String summary : summaries) {
            if (lines.length() + summary.length() + 1 > ERROR_LOCATIONS_LENGTH) {
                break;
            }
            lines.append(lines.isEmpty() ? "" : "\n").append(summary);
        }
        return lines.toString();
    }

    /** Answers AR without keeping anything: the message cannot be told apart from others. */
    private Receipt refuse(MessageHeader header, FeedProblem problem) {
        String ack = Acknowledgement.write(header, config.assigningAuthority(), Outcome.AR, List.of(problem));
        return new Receipt(header == null ? "" : sender(header), header == null ? "" : header.controlId(), Outcome.AR,
                List.of(problem.summary()), ack);
    }

    /** The submitter: MSH-4, else MSH-3. */
    static String sender(MessageHeader header) {
        return header.sendingFacility().isEmpty() ? header.sendingApplication() : header.sendingFacility();
    }

    /** Whether {@code message} is {@code text} without the CRs that end it, and nothing else changed. */
    private static boolean sameSegments(String text, String message) {
        if (!text.startsWith(message)) {
            return false;
        }
        for (int i = message.length(); i < text.length(); i++) {
            if (text.charAt(i) != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Segments ended by CR (HL7 v2.5.1 section 2.5.2), without MLLP framing bytes or blank lines around them. */
    private static String normalised(String text) {
        String message = text.replace("\r\n", "\r").replace('\n', '\r');
        int start = 0;
        int end = message.length();
        while (start < end && (message.charAt(start) <= ' ' || message.charAt(start) == '\u000b')) {
            start++;
        }
        while (end > start && (message.charAt(end - 1) <= ' ' || message.charAt(end - 1) == '\u001c')) {
            end--;
        }
        return message.substring(start, end);
    }
}
