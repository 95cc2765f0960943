package org.shcportal.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.database.DatabaseAvailability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The outbox's health at /q/metrics, counted every 30 seconds rather than at each scrape (a scrape never waits for
 * the database): {@code portal_outbox_overdue_messages} (queued more than two minutes ago and still not sent —
 * sign-in codes stuck, whether nothing sends them or every try fails and they wait out a backoff),
 * {@code portal_outbox_failed_messages} (given up on in the last hour). The same on every replica: they count
 * the shared table.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    /** A code that has waited this long since it was queued is late for a resident on the code page. */
    static final Duration OVERDUE = Duration.ofMinutes(2);
    static final Duration RECENT_FAILURES = Duration.ofHours(1);

    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Inject
    DatabaseAvailability database;

    @Inject
    Clock clock;

    @Inject
    OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("portal.outbox.overdue.messages", overdue, AtomicLong::get)
                .description("Messages queued more than two minutes ago and not sent yet").register(registry);
        Gauge.builder("portal.outbox.failed.messages", failed, AtomicLong::get)
                .description("Messages given up on in the last hour").register(registry);
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (database.available()) {
            count();
        }
    }

    @Transactional
    void count() {
        Instant now = clock.instant();
        overdue.set(OutboundMessage.count("status = ?1 and createdAt < ?2", OutboundMessage.Status.PENDING,
                now.minus(OVERDUE)));
        failed.set(OutboundMessage.count("status = ?1 and createdAt > ?2", OutboundMessage.Status.FAILED,
                now.minus(RECENT_FAILURES)));
    }
}
