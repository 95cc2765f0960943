package org.shcportal.healthlinks;

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

/** A SMART Health Link a resident made for themself or a linked minor. Its key is kept sealed ({@link LinkKeys}). */
@Entity
@Table(name = "health_link")
public class HealthLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "manifest_id")
    String manifestId;

    /** Whose records the link shares. */
    @Column(name = "person_id")
    public Long personId;

    /** Who made it: the person, or their guardian. */
    @Column(name = "created_by")
    public Long createdBy;

    /** A {@link LinkContent} name. */
    public String content;

    /** A {@link org.shcportal.cards.CardGroup} name, for {@link LinkContent#ONE_CARD} only. */
    @Column(name = "card_group")
    public String cardGroup;

    public String label;

    /** Flag {@code L}: each fetch returns the cards as they are then. */
    @Column(name = "stay_current")
    public boolean stayCurrent;

    /** Whether the family pack of the person's guardian prints this link's code while it works. */
    @Column(name = "on_family_pack")
    public boolean onFamilyPack;

    @Column(name = "passcode_hash")
    String passcodeHash;

    @Column(name = "remaining_attempts")
    int remainingAttempts;

    @Column(name = "sealed_key")
    String sealedKey;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Null when the link never expires. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "deactivated_at")
    public Instant deactivatedAt;

    /** Flag {@code P}: the link needs a passcode. */
    public boolean hasPasscode() {
        return passcodeHash != null;
    }

    public LinkContent linkContent() {
        return LinkContent.valueOf(content);
    }

    /** Wrong passcodes the link still tolerates. */
    public int remainingAttempts() {
        return remainingAttempts;
    }

    public LinkState state(Instant now) {
        if (deactivatedAt != null) {
            return LinkState.DEACTIVATED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return LinkState.EXPIRED;
        }
        if (hasPasscode() && remainingAttempts <= 0) {
            return LinkState.LOCKED;
        }
        return LinkState.ACTIVE;
    }

    static Optional<HealthLink> findByManifestId(String manifestId) {
        return find("manifestId", manifestId).firstResultOptional();
    }

    static List<HealthLink> listOf(long personId) {
        return list("personId = ?1 order by createdAt desc, id desc", personId);
    }

    static List<HealthLink> listOnFamilyPack(long personId) {
        return list("personId = ?1 and onFamilyPack = true order by createdAt, id", personId);
    }
}
