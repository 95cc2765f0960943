package org.shcportal.feed;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.staff.PasswordHashes;

/** The SOAP senders' accounts: added, disabled and listed by the {@code feed-sender} command. */
@ApplicationScoped
public class FeedSenders {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    /** An HD namespace id (HL7 v2.5.1 section 2.A.33): 20 characters at most, none of them a delimiter. */
    private static final Pattern FACILITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");

    /** A username, facility or password the registry does not take; the message says which and why. */
    public static final class InvalidSenderException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidSenderException(String message) {
            super(message);
        }
    }

    @Inject
    FeedSenderConfig config;

    @Inject
    AuditLog audit;

    @Transactional(rollbackOn = InvalidSenderException.class)
    public FeedSender add(String username, List<String> facilities, String password) throws InvalidSenderException {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidSenderException("The username must be 2 to 64 letters, digits, dots, dashes or"
                    + " underscores, starting with a letter or digit.");
        }
        Set<String> facilityIds = new LinkedHashSet<>(facilities);
        for (String facility : facilityIds) {
            if (!FACILITY.matcher(facility).matches()) {
                throw new InvalidSenderException("A facility id is up to 20 letters, digits, dots, dashes or"
                        + " underscores, as in MSH-4 of the sender's messages.");
            }
        }
        if (password.length() < config.minPasswordLength()) {
            throw new InvalidSenderException("The password must have at least " + config.minPasswordLength()
                    + " characters.");
        }
        if (FeedSender.findByUsername(username).isPresent()) {
            throw new InvalidSenderException("A sender named " + username + " already exists.");
        }
        FeedSender sender = new FeedSender();
        sender.username = username;
        sender.passwordHash = PasswordHashes.hash(password);
        sender.facilityIds = facilityIds.toArray(String[]::new);
        sender.enabled = true;
        sender.createdAt = Instant.now();
        sender.persist();
        audit.record(AuditAction.FEED_SENDER_ADDED, Actor.system(), null,
                username + " " + String.join(",", facilityIds));
        return sender;
    }

    /** Disables the sender; false when there is none of that name. */
    @Transactional
    boolean disable(String username) {
        int changed = FeedSender.update("enabled = false where username = ?1", username);
        if (changed > 0) {
            audit.record(AuditAction.FEED_SENDER_DISABLED, Actor.system(), null, username);
        }
        return changed > 0;
    }

    @Transactional
    List<FeedSender> list() {
        return FeedSender.listByUsername();
    }
}
