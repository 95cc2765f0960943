package org.shcportal.outbox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shcportal.web.Language;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The demo and development outbox: the last messages the portal queued, with their text, since nothing reaches a
 * real phone or mailbox there. The texts hold sign-in codes, so the page answers 404, like any unknown page, unless
 * {@code portal.dev-outbox.enabled} is true (development, tests, and the demo run on the embedded database) and
 * nothing is delivered for real: the mailer is the mock and SMS go to the logging gateway. A demo given a real
 * mail server or SMS gateway shows no codes that really went out.
 */
@Path("/dev/outbox")
public class DevOutboxController {

    static final int SHOWN = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ConfigProperty(name = "portal.dev-outbox.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mockMailer;

    @Inject
    SmsConfig sms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Row> messages, int shown);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@Context HttpHeaders headers) {
        if (!enabled || !mockMailer || sms.gateway() != SmsConfig.Gateway.LOG) {
            throw new NotFoundException();
        }
        List<Row> rows = OutboundMessage.listNewest(SHOWN).stream().map(Row::of).toList();
        return Templates.index(rows, SHOWN).setLocale(Language.of(headers).locale());
    }

    /** One message as the page shows it. */
    record Row(long id, String time, String channel, String recipient, String subject, String body, String status) {

        static Row of(OutboundMessage message) {
            return new Row(message.id, TIME.format(message.createdAt), message.channel.name(), message.recipient,
                    message.subject, message.body, message.status.name());
        }
    }
}
