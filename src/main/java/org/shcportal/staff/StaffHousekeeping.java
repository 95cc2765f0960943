package org.shcportal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes staff sessions that can no longer be used, with the records they opened (the audit keeps what was
 * opened, when and why). Any replica may run it; the delete is idempotent.
 */
@ApplicationScoped
public class StaffHousekeeping {

    @Inject
    StaffSessions sessions;

    @Inject
    DatabaseAvailability database;

    @Scheduled(every = "${portal.sign-in.housekeeping-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (database.available()) {
            forgetEnded();
        }
    }

    @Transactional
    void forgetEnded() {
        sessions.forgetEnded();
    }
}
