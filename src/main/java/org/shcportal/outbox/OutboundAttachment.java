package org.shcportal.outbox;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A file sent with an email of the outbox. A row of its own rather than a column of the message: a message has
 * several, the bytes stay bytes (no base64), and the worker reads them only for the messages it claims. Deleted once
 * the email is sent or given up on: the files hold health data.
 */
@Entity
@Table(name = "outbound_attachment")
class OutboundAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "message_id")
    Long messageId;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "media_type")
    String mediaType;

    byte[] content;

    /** The message's files, in the order they were attached. */
    static List<EmailAttachment> of(long messageId) {
        return OutboundAttachment.<OutboundAttachment> list("messageId = ?1 order by id", messageId).stream()
                .map(row -> new EmailAttachment(row.fileName, row.mediaType, row.content)).toList();
    }

    static void deleteOf(long messageId) {
        delete("messageId", messageId);
    }
}
