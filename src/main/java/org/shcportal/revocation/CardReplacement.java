package org.shcportal.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.crl.Revocations;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.issuance.IssuedCard;
import org.shcportal.registry.Person;

/**
 * Revokes a person's cards and issues new ones, in the caller's transaction: the CRL entry
 * {@code rid.<second>} under every key with its {@code ctr} raised, the reason, the audit, and the new cards all
 * commit together or not at all. The new cards are in the portal at once: {@link IssuanceService} gives out a stored set
 * only while our verifier still accepts it, so after the revocation it issues a new one.
 */
@ApplicationScoped
public class CardReplacement {

    /** A replica whose clock runs ahead of this one's is not waited for longer than this. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    @Inject
    Revocations revocations;

    @Inject
    IssuanceService personCards;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /** What a replacement did: the CRL entry's time and how many new cards were issued. */
    public record Replaced(long revokedBefore, int newCards) {
    }

    /**
     * Revokes every card of the person issued until now and issues the new ones, auditing both as {@code actor} with
     * the reason and ticket given.
     *
     * @param note why, as the supervisor or the approved request wrote it
     * @param changeRequestId the approved request it comes from, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Replaced replace(Person person, Actor actor, String reason, String ticket, String note,
            Long changeRequestId) {
        long revokedBefore = revokeUntilNow(person);
        record(person, actor, reason, ticket, note, changeRequestId, revokedBefore);
        audit.record(AuditAction.STAFF_CARDS_REVOKED, actor, person.id, reason, ticket);
        int newCards = personCards.of(person).size();
        if (newCards > 0) {
            audit.record(AuditAction.STAFF_CARDS_REISSUED, actor, person.id, reason, ticket);
        }
        return new Replaced(revokedBefore, newCards);
    }

    /**
     * Revokes every card of the person issued until now, under every key, and returns the CRL entry's time (epoch
     * seconds): the current second, after waiting for the next one when a card of the person was issued in this
     * second (see RevocationMoment). Holds the lock IssuanceService takes to issue, so no card of the person is issued on
     * any replica until the caller's transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long revokeUntilNow(Person person) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, person.id)
                .getSingleResult();
        long revokedBefore = RevocationMoment.revokedBefore(settledMoment(person));
        revocations.revokePerson(person.registryId, Optional.of(Instant.ofEpochSecond(revokedBefore)));
        return revokedBefore;
    }

    /** Now, or a moment later when a card of the person was issued in the current second (see RevocationMoment). */
    private Instant settledMoment(Person person) {
        Instant now = clock.instant();
        Optional<Instant> newest = IssuedCard.<IssuedCard> find("personId = ?1 order by issuedAt desc", person.id)
                .firstResultOptional().map(card -> card.issuedAt);
        Instant until = RevocationMoment.waitUntil(now, newest);
        Duration wait = Duration.between(now, until);
        if (!wait.isZero()) {
            sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        return clock.instant();
    }

    private void record(Person person, Actor actor, String reason, String ticket, String note, Long changeRequestId,
            long revokedBefore) {
        CardRevocation row = new CardRevocation();
        row.personId = person.id;
        row.revokedBefore = revokedBefore;
        row.note = note;
        row.reason = reason;
        row.ticket = ticket;
        row.revokedBy = actor.staff();
        row.revokedAt = clock.instant();
        row.changeRequestId = changeRequestId;
        row.persist();
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next second", e);
        }
    }
}
