package org.shcportal.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.audit.ClientAddress;
import org.shcportal.audit.Pseudonyms;
import org.shcportal.database.WindowCounters;
import org.shcportal.staff.PasswordHashes;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Signs a SOAP sender in for one message: its username and password, then the facility it submits for. Every refusal
 * gives the caller the same {@link SecurityFault}, and an unknown username costs the same bcrypt check as a wrong
 * password. Failures are counted per username and per address in fixed windows ({@link WindowCounters}, shared by
 * every replica); past either limit even the right password is refused until the window ends. Each refusal is
 * audited with its cause; the username only when it is a sender's.
 */
@ApplicationScoped
class SenderSignIn {

    static final String FAILURES_PER_USERNAME = "FEED_USERNAME";
    static final String FAILURES_PER_ADDRESS = "FEED_ADDRESS";
    private static final String USERNAME_PURPOSE = "feed-sender";
    /** last_used_at is kept to the minute: one write per sender and minute, not one per message. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** Why a sign-in was refused, as the audit records it. */
    enum Failure {
        RATE_LIMITED,
        UNKNOWN_USERNAME,
        WRONG_PASSWORD,
        DISABLED,
        FACILITY_NOT_ALLOWED
    }

    @Inject
    FeedSenderConfig config;

    @Inject
    WindowCounters counters;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    ClientAddress clientAddress;

    @Inject
    VerifiedPasswords verified;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The sender, signed in, or a {@link SecurityFault}. */
    FeedSender signIn(String username, String password) throws SecurityFault {
        String name = username == null ? "" : username.strip();
        String secret = password == null ? "" : password;
        String nameKey = pseudonyms.of(USERNAME_PURPOSE, name);
        String addressKey = clientAddress.hash().orElse("none");
        Duration window = config.failureWindow();
        // One transaction for the three reads (measured with JFR: beginning and ending a transaction each was a large share
        // of a sign-in's time).
        Optional<Optional<FeedSender>> allowed = QuarkusTransaction.requiringNew().call(() -> {
            boolean limited = counters.hits(FAILURES_PER_USERNAME, nameKey, window) >= config.failuresPerUsername()
                    || counters.hits(FAILURES_PER_ADDRESS, addressKey, window) >= config.failuresPerAddress();
            return limited ? Optional.empty() : Optional.of(FeedSender.findByUsername(name));
        });
        if (allowed.isEmpty()) {
            throw refused(Failure.RATE_LIMITED, null);
        }
        Optional<FeedSender> found = allowed.get();
        Optional<Failure> failure = failureOf(found, name, secret);
        if (failure.isPresent()) {
            counters.count(FAILURES_PER_USERNAME, nameKey, window);
            counters.count(FAILURES_PER_ADDRESS, addressKey, window);
            throw refused(failure.get(), found.map(sender -> sender.username).orElse(null));
        }
        FeedSender sender = found.orElseThrow();
        noteUse(sender);
        return sender;
    }

    /** A {@link SecurityFault} unless {@code sender} may submit for both the SOAP facilityID (when sent) and MSH-4. */
    void checkFacility(FeedSender sender, String facilityId, String sendingFacility) throws SecurityFault {
        boolean claimed = facilityId == null || facilityId.isBlank() || sender.mayReport(facilityId.strip());
        if (!claimed || !sender.mayReport(sendingFacility)) {
            throw refused(Failure.FACILITY_NOT_ALLOWED, sender.username);
        }
    }

    /** What is wrong, if anything; the password is checked by bcrypt even for no sender, or a disabled one. */
    private Optional<Failure> failureOf(Optional<FeedSender> found, String name, String password) {
        if (found.isEmpty()) {
            PasswordHashes.checkAgainstNothing(password);
            return Optional.of(Failure.UNKNOWN_USERNAME);
        }
        FeedSender sender = found.get();
        boolean matches = verified.knows(name, sender.passwordHash, password)
                || PasswordHashes.matches(password, sender.passwordHash);
        if (!matches) {
            return Optional.of(Failure.WRONG_PASSWORD);
        }
        if (!sender.enabled) {
            return Optional.of(Failure.DISABLED);
        }
        verified.remember(name, sender.passwordHash, password);
        return Optional.empty();
    }

    private void noteUse(FeedSender sender) {
        Instant now = clock.instant();
        if (sender.lastUsedAt == null || sender.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            QuarkusTransaction.requiringNew().run(() -> FeedSender.update("lastUsedAt = ?1 where id = ?2", now,
                    sender.id));
        }
    }

    private SecurityFault refused(Failure failure, String senderName) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.FEED_SENDER_SIGN_IN_FAILED,
                Actor.system(), null, senderName == null ? failure.name() : failure.name() + " " + senderName));
        return new SecurityFault();
    }
}
