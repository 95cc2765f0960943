package org.shcportal.signin;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shcportal.registry.Contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one active sign-in code of a person and contact, as a keyed hash; a new code replaces it. */
@Entity
@Table(name = "sign_in_code")
public class SignInCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind")
    public Contact.Kind contactKind;

    @Column(name = "contact_value")
    public String contactValue;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "failed_tries")
    public int failedTries;

    public boolean spent;

    static Optional<SignInCode> findFor(long personId, ContactAddress contact) {
        return find("personId = ?1 and contactKind = ?2 and contactValue = ?3", personId, contact.kind(),
                contact.value()).firstResultOptional();
    }
}
