package org.shcportal.healthlinks;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.shcportal.keys.Sha256;

/**
 * The tickets behind {@code location} URLs (table {@code health_link_ticket}): random, stored only as a hash, usable
 * once (taking one deletes its row, so two replicas cannot both serve it) and only until they expire.
 */
@ApplicationScoped
class Tickets {

    /** As unguessable as the manifest URL: 32 random bytes (SHL, "Establish a SMART Health Link Manifest URL"). */
    static final int TICKET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager entityManager;

    /** A file waiting behind a ticket, for the recipient who asked for the manifest. */
    record Ticketed(long linkId, String recipient, String jwe, Instant expiresAt) {
    }

    /** A new ticket for {@code jwe}; expired tickets of every link are removed on the way. */
    String issue(long linkId, String recipient, String jwe, Instant expiresAt, Instant now) {
        entityManager.createNativeQuery("DELETE FROM health_link_ticket WHERE expires_at <= ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        String ticket = randomId();
        entityManager.createNativeQuery("""
                INSERT INTO health_link_ticket (ticket_hash, link_id, recipient, jwe, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5)""").setParameter(1, Sha256.hex(ticket)).setParameter(2, linkId)
                .setParameter(3, recipient).setParameter(4, jwe).setParameter(5, Timestamp.from(expiresAt))
                .executeUpdate();
        return ticket;
    }

    /** Takes the ticket: whatever it held, it is gone afterwards. */
    Optional<Ticketed> take(String ticket) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                DELETE FROM health_link_ticket WHERE ticket_hash = ?1
                RETURNING link_id, recipient, jwe, expires_at""").setParameter(1, Sha256.hex(ticket)).getResultList();
        return rows.stream().findFirst().map(row -> new Ticketed(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], instant(row[3])));
    }

    void deleteOf(long linkId) {
        entityManager.createNativeQuery("DELETE FROM health_link_ticket WHERE link_id = ?1").setParameter(1, linkId)
                .executeUpdate();
    }

    /** 32 random bytes, base64url without padding: 43 characters. */
    static String randomId() {
        byte[] bytes = new byte[TICKET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
