package org.shcportal.signin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.outbox.OutboundMessage;
import org.shcportal.outbox.Outbox;
import org.shcportal.registry.Contact;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Queues a sign-in code for its contact, in the language the resident used, with the time it expires in the
 * registry's time zone. The message is written in the caller's transaction and sent after it commits.
 */
@ApplicationScoped
class CodeDelivery {

    @Inject
    Outbox outbox;

    @Inject
    RegistryConfig registry;

    void send(ContactAddress contact, String code, Instant expiresAt, Language language) {
        SignInMessages messages = MessageBundles.get(SignInMessages.class, Localized.Literal.of(language.code()));
        String time = timeFormat(language).format(expiresAt.atZone(registry.timeZone()));
        String body = messages.message_body(registry.name(), code, time);
        if (contact.kind() == Contact.Kind.EMAIL) {
            outbox.queue(OutboundMessage.Channel.EMAIL, contact.value(), messages.message_subject(registry.name()), body,
                    language.code());
        } else {
            outbox.queue(OutboundMessage.Channel.SMS, contact.value(), null, body, language.code());
        }
    }

    private static DateTimeFormatter timeFormat(Language language) {
        return DateTimeFormatter.ofPattern(language == Language.EN ? "h:mm a z" : "H:mm z", language.locale());
    }
}
