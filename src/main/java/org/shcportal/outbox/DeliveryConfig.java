package org.shcportal.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox is delivered. */
@ConfigMapping(prefix = "portal.delivery")
public interface DeliveryConfig {

    /** How often each replica looks for due messages. The scheduler cannot go below one second. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many messages one replica claims at a time. */
    @WithDefault("20")
    int batchSize();

    /**
     * Sends tried before a message is given up on (status FAILED). With the default delays the 20th try is made 82.5
     * minutes after the first (30 s, 1, 2 and 4 minutes, then every 5 minutes), so a mail server or SMS gateway that is
     * down for up to an hour loses nothing (MailServerOutageTest runs a half-hour outage). A project choice; a message
     * given up on is counted in portal_outbox_failed_messages (docs/operations.md, "What to monitor").
     */
    @WithDefault("20")
    int maxAttempts();

    /** The wait before the first retry; it doubles for each further one, up to {@code max-retry-delay}. */
    @WithDefault("30s")
    Duration retryDelay();

    /**
     * The longest wait between two tries: once the mail server or SMS gateway is back, every message waiting for it is
     * sent within this time. A project choice: half the time a sign-in code can be used (10 minutes, SignInConfig).
     */
    @WithDefault("5m")
    Duration maxRetryDelay();

    /**
     * How long a claimed message stays with the replica that claimed it. If that replica dies before recording the
     * outcome, another one sends the message again after this time; keep it longer than the slowest send.
     */
    @WithDefault("5m")
    Duration claimTimeout();

    /**
     * Keep the text of messages once sent or given up on, for the dev outbox page. Never in production: the texts
     * hold sign-in codes.
     */
    @WithDefault("false")
    boolean keepSentBodies();

    /**
     * How long a message sent or given up on is kept (its recipient, time and outcome answer "did the code go
     * out?"), after which it is deleted: the audit still says that a code was sent, and to which kind of contact.
     */
    @WithDefault("30d")
    Duration retention();
}
