package org.shcportal.staff;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A change an admin made to an account that can approve, shown to the other admins and supervisors until each marks
 * it seen ({@link ApproverNotices}).
 */
@Entity
@Table(name = "staff_notice")
public class StaffNotice extends PanacheEntityBase {

    /** What was done to the account: each one lets the admin who did it know the account's password. */
    public enum Change {
        CREATED,
        PASSWORD_RESET,
        TWO_STEP_OFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    public StaffAccount account;

    @Enumerated(EnumType.STRING)
    public Change change;

    @Column(name = "by_staff")
    public String byStaff;

    @Column(name = "made_at")
    public Instant madeAt;

    /**
     * The notices {@code viewer} has not marked seen, oldest first: changes made by someone else since the viewer's
     * account was created.
     */
    @SuppressWarnings("unchecked")
    static List<StaffNotice> unseenBy(StaffAccount viewer) {
        return getEntityManager().createNativeQuery("""
                SELECT n.* FROM staff_notice n
                WHERE n.by_staff <> ?1 AND n.made_at >= ?2
                AND NOT EXISTS (SELECT 1 FROM staff_notice_seen s WHERE s.notice_id = n.id AND s.staff_id = ?3)
                ORDER BY n.made_at, n.id""", StaffNotice.class).setParameter(1, viewer.username)
                .setParameter(2, viewer.createdAt).setParameter(3, viewer.id).getResultList();
    }

    /** Marks this notice seen by {@code viewer}; marking it twice changes nothing. */
    void seenBy(StaffAccount viewer) {
        getEntityManager().createNativeQuery("""
                INSERT INTO staff_notice_seen (notice_id, staff_id) VALUES (?1, ?2)
                ON CONFLICT (notice_id, staff_id) DO NOTHING""").setParameter(1, id).setParameter(2, viewer.id)
                .executeUpdate();
    }
}
