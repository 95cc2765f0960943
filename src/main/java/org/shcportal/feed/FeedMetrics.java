package org.shcportal.feed;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The feed at /q/metrics, counted on this replica as each message is answered: {@code portal_feed_messages_total}
 * by outcome (MSA-1: AA, AE, AR) and sender (MSH-4, else MSH-3), {@code portal_feed_problems_total} by HL7 table 0357
 * error code (one per ERR segment) and {@code portal_feed_message_seconds} from receipt to answer. A sender is
 * whatever a message claims, so the first {@value #MAX_SENDERS} senders this replica sees are tags of their own and
 * any later one is counted as {@value #OTHER_SENDER} (the Micrometer docs, "Naming Meters": tag values must be
 * bounded); an empty sender is {@value #NO_SENDER}.
 */
@ApplicationScoped
public class FeedMetrics {

    /**
     * A chosen bound: room for every submitting organization of one registry, while a message that claims a new sender
     * each time adds at most this many series (Prometheus docs, "Metric and label naming": every label value is a
     * time series of its own).
     */
    static final int MAX_SENDERS = 50;
    static final String OTHER_SENDER = "other";
    static final String NO_SENDER = "none";
    /** HL7 table 0357 codes are at most 3 digits; anything else from a stored answer is counted as unknown. */
    private static final String CODE = "[0-9]{1,3}";

    private final Set<String> senders = ConcurrentHashMap.newKeySet();

    @Inject
    MeterRegistry registry;

    void onAnswered(@Observes MessageAnswered answered) {
        Counter.builder("portal.feed.messages").description("Registry feed messages answered, by outcome and sender")
                .tag("outcome", answered.outcome()).tag("sender", senderTag(answered.sender())).register(registry)
                .increment();
        for (String code : answered.errorCodes()) {
            Counter.builder("portal.feed.problems").description("Problems (ERR segments) in the feed's answers")
                    .tag("code", code.matches(CODE) ? code : "unknown").register(registry).increment();
        }
        Timer.builder("portal.feed.message").description("Time from receiving a feed message to answering it")
                .register(registry).record(Duration.ofNanos(answered.nanos()));
    }

    /** The sender as a tag: itself while fewer than {@link #MAX_SENDERS} are known, else "other". */
    private synchronized String senderTag(String sender) {
        if (sender == null || sender.isEmpty()) {
            return NO_SENDER;
        }
        if (senders.contains(sender) || senders.size() < MAX_SENDERS && senders.add(sender)) {
            return sender;
        }
        return OTHER_SENDER;
    }
}
