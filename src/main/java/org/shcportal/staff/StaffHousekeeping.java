package org.shcportal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes staff sessions that can no longer be used, with the records they opened (the audit keeps what was
 * opened, when and why), and encrypts two-step secrets an older replica stored in clear. Any replica may run it;
 * both are idempotent.
 */
@ApplicationScoped
public class StaffHousekeeping {

    @Inject
    StaffSessions sessions;

    @Inject
    DatabaseAvailability database;

    @Inject
    TwoStepSecretSealing sealing;

    @Scheduled(every = "${portal.sign-in.housekeeping-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (database.available()) {
            forgetEnded();
            sealing.sealClearSecrets();
        }
    }

    @Transactional
    void forgetEnded() {
        sessions.forgetEnded();
    }
}
