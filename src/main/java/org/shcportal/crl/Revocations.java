package org.shcportal.crl;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.keys.SigningKey;

/**
 * Revokes cards: adds a rid to a key's revocation list and increments the list's version in the same transaction,
 * so a published version never misses an entry. The help desk calls it when it reissues a card.
 */
@ApplicationScoped
public class Revocations {

    @Inject
    EntityManager entityManager;

    @Inject
    KeyRing keys;

    @Inject
    RidSecret ridSecret;

    /**
     * Revokes every card of the person signed before {@code before} (or all of them when empty), under every key
     * we publish; an entry already listed is not added twice.
     */
    @Transactional
    public void revokePerson(String registryId, Optional<Instant> before) {
        for (SigningKey key : keys.all()) {
            revoke(key.kid(), ridSecret.rid(key.kid(), registryId), before.map(Instant::getEpochSecond).orElse(null));
        }
    }

    /** Adds {@code rid} (or {@code rid.<revokedBefore>}) to the list of {@code kid} and bumps its {@code ctr}. */
    @Transactional
    public void revoke(String kid, String rid, Long revokedBefore) {
        entityManager.createNativeQuery("""
                INSERT INTO revocation_list (kid, ctr) VALUES (?1, 1)
                ON CONFLICT (kid) DO NOTHING""").setParameter(1, kid).executeUpdate();
        int added = entityManager.createNativeQuery("""
                INSERT INTO revocation_entry (kid, rid, revoked_before) VALUES (?1, ?2, ?3)
                ON CONFLICT ON CONSTRAINT revocation_entry_kid_rid_revoked_before_key DO NOTHING""")
                .unwrap(NativeQuery.class)
                .setParameter(1, kid).setParameter(2, rid).setParameter(3, revokedBefore, StandardBasicTypes.LONG)
                .executeUpdate();
        if (added > 0) {
            entityManager.createNativeQuery("""
                    UPDATE revocation_list SET ctr = ctr + 1, updated_at = now() WHERE kid = ?1""")
                    .setParameter(1, kid).executeUpdate();
        }
    }
}
