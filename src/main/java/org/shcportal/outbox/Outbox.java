package org.shcportal.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Where features put the emails and SMS they want sent. A message is a row written in the caller's transaction, so
 * it is sent only if the caller's work commits; a {@link DeliveryWorker} on any replica sends it shortly after.
 */
@ApplicationScoped
public class Outbox {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    /** An address with a local part and a domain, at most 254 characters (RFC 5321); the SMTP server checks the rest. */
    private static final Pattern EMAIL = Pattern.compile("(?=.{3,254}$)[^@\\s]+@[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    /** The length of {@code outbound_message.subject}. */
    private static final int MAX_SUBJECT_LENGTH = 200;

    /**
     * Queues one message in the caller's transaction, which must exist.
     *
     * @param channel email or SMS
     * @param recipient a phone in E.164 for SMS; an email address for email (stored in lower case)
     * @param subject the email's subject; null for SMS
     * @param body the text; for a sign-in code, the whole text around it
     * @param language the ISO 639-1 code of the language the text is in, e.g. en or es
     * @return the id of the outbox row
     * @throws IllegalArgumentException when the recipient, subject or language do not fit the channel; its message
     *         never quotes them, and the caller's transaction is left to the caller
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = IllegalArgumentException.class)
    public long queue(OutboundMessage.Channel channel, String recipient, String subject, String body,
            String language) {
        OutboundMessage message = new OutboundMessage();
        message.channel = channel;
        message.recipient = checkedRecipient(channel, recipient);
        message.subject = checkedSubject(channel, subject);
        message.body = require(body, "A message needs a body");
        message.language = checked(language, LANGUAGE, "The language must be an ISO 639-1 code");
        message.status = OutboundMessage.Status.PENDING;
        message.createdAt = Instant.now();
        message.nextAttemptAt = message.createdAt;
        message.persist();
        return message.id;
    }

    /**
     * Queues an email with files attached, in the caller's transaction, which must exist.
     *
     * @param attachments the files, sent in this order
     * @return the id of the outbox row
     * @throws IllegalArgumentException as {@link #queue}
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = IllegalArgumentException.class)
    public long queueEmail(String recipient, String subject, String body, String language,
            List<EmailAttachment> attachments) {
        long id = queue(OutboundMessage.Channel.EMAIL, recipient, subject, body, language);
        for (EmailAttachment file : attachments) {
            OutboundAttachment row = new OutboundAttachment();
            row.messageId = id;
            row.fileName = file.fileName();
            row.mediaType = file.mediaType();
            row.content = file.content();
            row.persist();
        }
        return id;
    }

    private static String checkedRecipient(OutboundMessage.Channel channel, String recipient) {
        return switch (require(channel, "A message needs a channel")) {
            case SMS -> checked(recipient, E164, "An SMS recipient must be a phone number in E.164");
            case EMAIL -> checked(recipient == null ? null : recipient.strip().toLowerCase(Locale.ROOT), EMAIL,
                    "An email recipient must be an email address");
        };
    }

    private static String checkedSubject(OutboundMessage.Channel channel, String subject) {
        if (channel == OutboundMessage.Channel.SMS && subject != null) {
            throw new IllegalArgumentException("An SMS has no subject");
        }
        if (channel == OutboundMessage.Channel.EMAIL && (subject == null || subject.isBlank())) {
            throw new IllegalArgumentException("An email needs a subject");
        }
        if (subject != null && subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("An email subject has at most " + MAX_SUBJECT_LENGTH + " characters");
        }
        return subject;
    }

    private static String checked(String value, Pattern pattern, String problem) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    private static <T> T require(T value, String problem) {
        if (value == null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }
}
