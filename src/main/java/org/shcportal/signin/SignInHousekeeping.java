package org.shcportal.signin;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes what sign-in no longer needs: ended rate-limit windows, pending sign-ins and codes past their time, and
 * sessions that have ended. Any replica may run it; the deletes are idempotent.
 */
@ApplicationScoped
public class SignInHousekeeping {

    @Inject
    RateLimits limits;

    @Inject
    ResidentSessions sessions;

    @Inject
    DatabaseAvailability database;

    @Inject
    Clock clock;

    @Scheduled(every = "${portal.sign-in.housekeeping-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (database.available()) {
            forgetExpired();
        }
    }

    @Transactional
    void forgetExpired() {
        Instant now = clock.instant();
        limits.forgetEnded();
        SignInChallenge.delete("expiresAt < ?1", now);
        SignInCode.delete("expiresAt < ?1 and id not in (select c.code.id from SignInChallenge c where c.code is not null)",
                now);
        sessions.forgetEnded();
    }
}
