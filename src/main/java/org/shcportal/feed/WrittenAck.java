package org.shcportal.feed;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.GenericParser;

/**
 * An ACK that {@link FeedIngestion} already wrote, handed to HAPI's MLLP server as the answer to a message. HAPI's
 * server takes the answer as a message and writes it with its context's parser; {@link Writer} writes this one as the
 * text it holds, instead of the ACK being read into HAPI's model only to be written again (the two took a tenth of the
 * listener's CPU samples, JFR, MllpBenchmark). Its segments are left empty: HAPI's server reads only MSH-18, the
 * character set, from an answer, which the feed's ACKs do not set either.
 */
final class WrittenAck extends ACK {

    private static final long serialVersionUID = 1L;

    private final String text;

    WrittenAck(String text) {
        this.text = text;
    }

    /** The parser of the listener's HAPI context: reads as HAPI's, and writes a {@link WrittenAck} as its text. */
    static final class Writer extends GenericParser {

        Writer(HapiContext context) {
            super(context);
        }

        @Override
        public String encode(Message source, String encoding) throws HL7Exception {
            return source instanceof WrittenAck written ? written.text : super.encode(source, encoding);
        }
    }
}
