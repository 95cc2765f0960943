package org.shcportal.feed;

import java.util.Map;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.protocol.MetadataKeys;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.protocol.ReceivingApplicationExceptionHandler;

/**
 * What the MLLP listener does with each framed message: hands its text, as received, to {@link FeedIngestion} and
 * sends back the ACK that answers it. HAPI's server reads the message first to route it, and that reading is handed
 * on too, so that the message is parsed once; a frame HAPI cannot read (not HL7, or a version it has no model of)
 * comes here as an exception instead, and is answered the same way, so every frame gets the feed's own ACK, written as
 * the feed wrote it ({@link WrittenAck}), and is recorded as the feed records any message. A frame that holds a batch
 * (it starts with FHS or BHS, which HAPI does not read) gets a batch of ACKs, one per message ({@link BatchReply}).
 */
final class MllpResponder implements ReceivingApplication<Message>, ReceivingApplicationExceptionHandler {

    private final FeedIngestion ingestion;
    private final String registry;

    /** @param registry who answers a batch (its envelope's sending application and facility) */
    MllpResponder(FeedIngestion ingestion, String registry) {
        this.ingestion = ingestion;
        this.registry = registry;
    }

    @Override
    public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
        // The server read the message without validation (MllpReceiver's context), as FeedIngestion reads it.
        return new WrittenAck(ingestion.receive((String) metadata.get(MetadataKeys.IN_RAW_MESSAGE), message).ack());
    }

    @Override
    public boolean canProcess(Message message) {
        return true;
    }

    @Override
    public String processException(String incoming, Map<String, Object> metadata, String outgoing, Exception e) {
        if (incoming != null && BatchReply.isBatch(incoming)) {
            return BatchReply.answer(incoming, registry, message -> ingestion.receive(message).ack());
        }
        return ingestion.receive(incoming).ack();
    }
}
