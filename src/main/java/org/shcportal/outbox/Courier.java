package org.shcportal.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Hands one message to the mailer (SMTP, or the mock mailbox in development) or the SMS gateway. The sender address
 * of emails is {@code quarkus.mailer.from}.
 */
@ApplicationScoped
public class Courier {

    @Inject
    Mailer mailer;

    @Inject
    SmsGateway sms;

    /** Sends the message, or throws whatever the mailer or gateway threw. */
    void send(ClaimedMessage message) throws Exception {
        switch (message.channel()) {
            case EMAIL -> mailer.send(email(message));
            case SMS -> sms.send(message.id(), message.recipient(), message.body());
        }
    }

    private static Mail email(ClaimedMessage message) {
        Mail mail = Mail.withText(message.recipient(), message.subject(), message.body())
                .addHeader("Content-Language", message.language());
        for (EmailAttachment file : message.attachments()) {
            mail.addAttachment(file.fileName(), file.content(), file.mediaType());
        }
        return mail;
    }
}
