package org.shcportal.revocation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Why and by whom a person's cards were revoked; the CRL entry itself is a {@code RevocationEntry}. */
@Entity
@Table(name = "card_revocation")
public class CardRevocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public Long personId;

    /** Epoch seconds: cards whose {@code nbf} is before it are revoked (https://spec.smarthealth.cards/#revocation). */
    @Column(name = "revoked_before")
    public long revokedBefore;

    public String note;

    /** The reason chosen for the revocation, a {@link org.shcportal.audit.StaffReason} name. */
    public String reason;

    public String ticket;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The approved change request it came from, or null for a supervisor's own revocation. */
    @Column(name = "change_request_id")
    public Long changeRequestId;
}
