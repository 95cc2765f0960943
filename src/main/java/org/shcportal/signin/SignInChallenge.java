package org.shcportal.signin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.shcportal.registry.Contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A browser's sign-in in progress, found by the token in its cookie. It points to the code it waits for, to
 * nothing when nothing matched (the browser cannot tell), or to the persons a dose date must tell apart.
 */
@Entity
@Table(name = "sign_in_challenge")
public class SignInChallenge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash")
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sign_in_code_id")
    public SignInCode code;

    @Column(name = "candidate_ids")
    public Long[] candidateIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind")
    public Contact.Kind contactKind;

    @Column(name = "contact_value")
    public String contactValue;

    public String language;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "failed_tries")
    public int failedTries;

    /** The one person the details matched, whether or not a code was sent. */
    @Column(name = "person_id")
    public Long personId;

    /** Keyed hash of the name, date of birth and contact typed, all three together. */
    @Column(name = "details_key")
    public String detailsKey;

    /** Set when the limit per typed details refused this sign-in: the end of that limit's window. */
    @Column(name = "paused_until")
    public Instant pausedUntil;

    static Optional<SignInChallenge> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** The live sign-ins whose details matched the person, waiting for a code whether or not one was sent, newest first. */
    static List<SignInChallenge> listWaitingForCodeOf(long personId, Instant now) {
        return list("personId = ?1 and candidateIds is null and expiresAt > ?2 order by createdAt desc, id desc",
                personId, now);
    }

    boolean awaitsDoseDate() {
        return candidateIds != null && candidateIds.length > 0;
    }
}
