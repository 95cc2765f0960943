package org.shcportal.outbox;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The delivery pages' texts in English; Spanish in {@code messages/delivery_es.properties}. */
@MessageBundle("delivery")
public interface DeliveryMessages {

    @Message("Outbox")
    String outbox_title();

    @Message("This page exists only in the demo and development setup. Nothing here reached a real phone or mailbox: it shows the last {count} messages a real deployment would have sent, newest first.")
    String outbox_note(int count);

    @Message("No messages yet.")
    String outbox_empty();

    @Message("Time")
    String outbox_time();

    @Message("Channel")
    String outbox_channel();

    @Message("Recipient")
    String outbox_recipient();

    @Message("Subject")
    String outbox_subject();

    @Message("Message")
    String outbox_body();

    @Message("Status")
    String outbox_status();
}
