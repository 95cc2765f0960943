package org.shcportal.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An email or SMS in the outbox: queued by a feature, then sent by whichever replica's {@link DeliveryWorker}
 * claims it. The recipient and body are personal data; neither is ever logged.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    public Channel channel;

    /** A phone in E.164 for SMS, an email address in lower case for email. */
    @Column(name = "recipient")
    public String recipient;

    /** Email only. */
    @Column(name = "subject")
    public String subject;

    /** Null once the message is sent or given up on, unless sent bodies are kept (demo). */
    @Column(name = "body")
    public String body;

    /** ISO 639-1 code of the language the text is written in. */
    @Column(name = "language")
    public String language;

    @Column(name = "created_at")
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public Status status;

    /** Sends started; counted when a worker claims the message, so a send that crashed its replica counts too. */
    @Column(name = "attempts")
    public int attempts;

    /** When a worker may claim the message next, if it is pending. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Why the last send failed: a short code or exception class name, never personal data. */
    @Column(name = "last_error")
    public String lastError;

    /**
     * Up to {@code limit} pending messages due at {@code now}, oldest first, locked for this transaction. Rows that
     * another transaction holds are skipped rather than waited for, so workers on several replicas never claim the
     * same message.
     */
    public static List<OutboundMessage> listDueAndLock(Instant now, int limit) {
        return getSession().createNativeQuery("""
                SELECT * FROM outbound_message
                WHERE status = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""", OutboundMessage.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The most recently queued messages, newest first. */
    public static List<OutboundMessage> listNewest(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }

    /** Deletes messages sent or given up on that were queued before {@code cutoff}; returns how many. */
    static long deleteFinishedBefore(Instant cutoff) {
        return delete("status in (?1, ?2) and createdAt < ?3", Status.SENT, Status.FAILED, cutoff);
    }

    /**
     * Records that the message was handed over; its text is dropped unless sent bodies are kept, its attached files
     * always.
     */
    void markSent(Instant at, boolean keepBody) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
        body = keepBody ? body : null;
        OutboundAttachment.deleteOf(id);
    }

    /** Records a failed send that will be tried again at {@code retryAt}. */
    void scheduleRetry(String error, Instant retryAt) {
        lastError = error;
        nextAttemptAt = retryAt;
    }

    /** Records the last failed send: the message will not be tried again; its files are deleted. */
    void markFailed(String error, boolean keepBody) {
        status = Status.FAILED;
        lastError = error;
        body = keepBody ? body : null;
        OutboundAttachment.deleteOf(id);
    }

    /** The ways a message can reach a resident. */
    public enum Channel {
        EMAIL,
        SMS
    }

    /** Where a message is in its delivery. */
    public enum Status {
        /** Waiting for its first or next attempt. */
        PENDING,
        SENT,
        /** Given up on after the configured number of attempts. */
        FAILED
    }
}
