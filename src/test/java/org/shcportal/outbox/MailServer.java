package org.shcportal.outbox;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a port fixed before the portal starts, so that a test can keep it down, start it
 * when it likes and read what it received.
 */
final class MailServer {

    private final int port;
    private GreenMail server;

    MailServer(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The emails received for {@code recipient}, oldest first; none while the server is down. */
    List<MimeMessage> receivedBy(String recipient) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> isFor(mail, recipient)).toList();
    }

    /** The plain text of an email: the whole body, or the first part of one with attachments. */
    static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart parts) {
                BodyPart first = parts.getBodyPart(0);
                return first.getContent().toString();
            }
            return content.toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many files are attached to an email. */
    static int attachments(MimeMessage mail) {
        try {
            return mail.getContent() instanceof Multipart parts ? parts.getCount() - 1 : 0;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage mail, String recipient) {
        try {
            Address[] to = mail.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
