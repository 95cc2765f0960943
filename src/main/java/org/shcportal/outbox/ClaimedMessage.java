package org.shcportal.outbox;

import java.util.List;

/**
 * What a worker needs to send a message it claimed, read in the short claiming transaction so that the send itself
 * holds no transaction or lock.
 *
 * @param attempt which attempt this is (1 for the first); the outcome is recorded only if no other worker has
 *        claimed the message since
 * @param attachments the files of an email, read with the claim
 */
record ClaimedMessage(long id, OutboundMessage.Channel channel, String recipient, String subject, String body,
        String language, int attempt, List<EmailAttachment> attachments) {

    static ClaimedMessage of(OutboundMessage message) {
        List<EmailAttachment> files = message.channel == OutboundMessage.Channel.EMAIL
                ? OutboundAttachment.of(message.id)
                : List.of();
        return new ClaimedMessage(message.id, message.channel, message.recipient, message.subject, message.body,
                message.language, message.attempts, files);
    }
}
