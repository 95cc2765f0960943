package org.shcportal.crl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A revoked rid in a key's list: all cards with it, or only those issued before {@link #revokedBefore}. */
@Entity
@Table(name = "revocation_entry")
public class RevocationEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kid;

    public String rid;

    /** Epoch seconds; cards whose {@code nbf} is before it are revoked. Null: every card with the rid. */
    @Column(name = "revoked_before")
    public Long revokedBefore;

    /** The entry as the CRL lists it: rid, or rid.seconds (https://spec.smarthealth.cards/#revocation). */
    String asCrlEntry() {
        return revokedBefore == null ? rid : rid + "." + revokedBefore;
    }
}
