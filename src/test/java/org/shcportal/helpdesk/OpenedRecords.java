package org.shcportal.helpdesk;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.shcportal.audit.StaffReason;
import org.shcportal.fixtures.Browser;
import org.shcportal.registry.Person;
import org.shcportal.sessions.Tokens;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Opens a person's record in a test browser's staff session, with a reason and ticket, as the help desk's
 * "open with a reason" step does; pages about the person answer 404 until it has.
 */
public final class OpenedRecords {

    /** The staff session cookie. */
    public static final String STAFF_COOKIE = "__Host-staff-session";

    private OpenedRecords() {
    }

    /** Opens the record of {@code registryId} in the browser's session and returns the person's id. */
    public static long open(Browser browser, String registryId, StaffReason reason, String ticket) {
        String tokenHash = Tokens.hash(browser.cookie(STAFF_COOKIE));
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findByRegistryId(registryId).orElseThrow();
            Number session = (Number) Arc.container().select(EntityManager.class).get()
                    .createNativeQuery("SELECT id FROM staff_session WHERE token_hash = ?1")
                    .setParameter(1, tokenHash).getSingleResult();
            OpenedRecord opened = new OpenedRecord();
            opened.sessionId = session.longValue();
            opened.personId = person.id;
            opened.reason = reason;
            opened.ticket = ticket;
            opened.openedAt = Instant.now();
            opened.persist();
            return person.id;
        });
    }
}
