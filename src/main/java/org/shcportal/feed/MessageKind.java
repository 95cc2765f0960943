package org.shcportal.feed;

import java.util.Optional;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ADT_A39;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.message.VXU_V04;

/**
 * The messages the registry feed takes (MSH-9, HL7 v2.5.1 chapter 2): immunizations (CDC Immunization IG Release 1.5,
 * VXU^V04), lab results (HL7 v2.5.1 IG: Electronic Laboratory Reporting to Public Health R1, ORU^R01) and merges of
 * duplicate persons (HL7 v2.5.1 chapter 3, ADT^A40). Each is answered by an ACK with the same trigger event.
 */
enum MessageKind {
    IMMUNIZATION("VXU", "V04", VXU_V04.class),
    LAB_RESULT("ORU", "R01", ORU_R01.class),
    /** HL7 v2.5.1 section 3.3.40: A40 uses the ADT_A39 message structure. */
    MERGE("ADT", "A40", ADT_A39.class);

    private final String type;
    private final String event;
    private final Class<? extends Message> structure;

    MessageKind(String type, String event, Class<? extends Message> structure) {
        this.type = type;
        this.event = event;
        this.structure = structure;
    }

    /** The HAPI structure a message of this kind is parsed into. */
    Class<? extends Message> structure() {
        return structure;
    }

    /** The kind of a header, when the feed takes its message type and event. */
    static Optional<MessageKind> of(MessageHeader header) {
        for (MessageKind kind : values()) {
            if (kind.type.equals(header.messageType()) && kind.event.equals(header.event())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether the feed takes some event of this message type (MSH-9.1). */
    static boolean knowsType(String type) {
        for (MessageKind kind : values()) {
            if (kind.type.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** MSH-9.2 of the ACK that answers this kind: the trigger event of the message acknowledged. */
    String event() {
        return event;
    }

    /** The accepted messages, as the ACK's error text names them. */
    static String names() {
        return "VXU^V04, ORU^R01 or ADT^A40";
    }
}
