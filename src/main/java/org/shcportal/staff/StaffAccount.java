package org.shcportal.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A help-desk account. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Enumerated(EnumType.STRING)
    public StaffRole role;

    @Column(name = "password_hash")
    public String passwordHash;

    /** The authenticator app's secret as {@link TwoStepSecrets} stores it, encrypted; null without two-step sign-in. */
    @Column(name = "totp_secret")
    public String totpSecret;

    /** The secret shown for two-step set-up, stored as {@link #totpSecret}, until a code from the app confirms it. */
    @Column(name = "pending_totp_secret")
    public String pendingTotpSecret;

    /** The time step of the last authenticator code accepted (set-up or sign-in); null before the first. */
    @Column(name = "last_totp_step")
    public Long lastTotpStep;

    public boolean disabled;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "last_sign_in_at")
    public Instant lastSignInAt;

    /** Whether this account's role has {@code permission}. */
    public boolean may(StaffPermission permission) {
        return permission.allows(role);
    }

    public boolean hasTwoStep() {
        return totpSecret != null;
    }

    public static Optional<StaffAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The username of the account with this id, if there is one. */
    public static Optional<String> usernameOf(long id) {
        return StaffAccount.<StaffAccount> findByIdOptional(id).map(account -> account.username);
    }

    /** The accounts with a two-step secret stored in clear, from before secrets were encrypted. */
    static PanacheQuery<StaffAccount> withClearTwoStepSecrets(String sealedPrefix) {
        return find("totpSecret not like ?1 or pendingTotpSecret not like ?1", sealedPrefix + "%");
    }

    public static List<StaffAccount> listByUsername() {
        return list("order by username");
    }

    /**
     * Takes an authenticator code of {@code secret} once: a code of a step already used, or of an earlier one, is
     * refused, so a code seen over a shoulder or replayed from another address opens nothing (RFC 6238 §5.2).
     */
    boolean takeCode(String secret, String code, Instant now) {
        OptionalLong step = TwoStepCodes.stepOf(secret, code, now);
        if (step.isEmpty() || lastTotpStep != null && step.getAsLong() <= lastTotpStep) {
            return false;
        }
        lastTotpStep = step.getAsLong();
        return true;
    }
}
