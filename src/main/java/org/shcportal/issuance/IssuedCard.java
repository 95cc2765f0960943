package org.shcportal.issuance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A card the portal issued to a person, kept so that the same records give back the same card. */
@Entity
@Table(name = "issued_card")
public class IssuedCard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "data_version")
    public String dataVersion;

    @Column(name = "card_group")
    public String cardGroup;

    @Column(name = "full_history")
    public boolean fullHistory;

    public String kid;

    public String rid;

    public String jws;

    @Column(name = "jws_hash")
    public String jwsHash;

    public int shown;

    public int total;

    @Column(name = "issued_at")
    public Instant issuedAt;

    /** The newest set of cards issued from this version of the person's records with this key, in issue order. */
    static List<IssuedCard> listNewestFor(long personId, String dataVersion, String kid) {
        return list("""
                personId = ?1 and dataVersion = ?2 and kid = ?3 and issuedAt = (select max(c.issuedAt) from IssuedCard c
                where c.personId = ?1 and c.dataVersion = ?2 and c.kid = ?3) order by id""", personId, dataVersion, kid);
    }

    /**
     * When the person's cards were last withdrawn: the newest revocation, in a published list ({@code RevocationEntry}),
     * of a rid the person's cards were issued with; empty when there was none. A revocation of every card with the rid
     * (no time) counts as now.
     */
    public static Optional<Instant> lastRevokedBefore(long personId) {
        Object[] found = getEntityManager().createQuery("""
                select max(e.revokedBefore), count(e) from RevocationEntry e where exists (select 1 from IssuedCard c
                where c.personId = ?1 and c.kid = e.kid and c.rid = e.rid)""", Object[].class).setParameter(1, personId)
                .getSingleResult();
        if (((Number) found[1]).longValue() == 0) {
            return Optional.empty();
        }
        return Optional.of(found[0] == null ? Instant.now() : Instant.ofEpochSecond(((Number) found[0]).longValue()));
    }

    /** The version of the person's records that their newest cards were made from; empty when none was issued. */
    public static Optional<String> newestDataVersionOf(long personId) {
        return find("personId = ?1 order by issuedAt desc, id desc", personId).<IssuedCard> firstResultOptional()
                .map(card -> card.dataVersion);
    }
}
