package org.shcportal.carddelivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.shcportal.audit.StaffReason;
import org.shcportal.registry.Person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Printed cards queued for mailing to a person's address on file, until a supervisor marks them printed. */
@Entity
@Table(name = "mail_request")
public class MailRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    /** ISO 639-1 code of the language the cover sheet and the cards are printed in. */
    public String language;

    /** Why the cards are mailed: the reason given for sending them, or for the revocation they replace. */
    @Enumerated(EnumType.STRING)
    public StaffReason reason;

    public String ticket;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "printed_by")
    public String printedBy;

    @Column(name = "printed_at")
    public Instant printedAt;

    @Column(name = "batch_reference")
    public String batchReference;

    /** The oldest {@code limit} requests not printed yet, in queue order. */
    static List<MailRequest> listQueued(int limit) {
        return find("printedAt is null order by requestedAt, id").page(0, limit).list();
    }

    static long countQueued() {
        return count("printedAt is null");
    }

    /** The requests with these ids that are still to print, in queue order. */
    static List<MailRequest> listQueued(Collection<Long> ids) {
        return list("id in ?1 and printedAt is null order by requestedAt, id", ids);
    }

    /** The same, locked for this transaction: two supervisors marking one batch mark it once. */
    static List<MailRequest> listQueuedForUpdate(Collection<Long> ids) {
        return find("id in ?1 and printedAt is null order by requestedAt, id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    static boolean isQueued(Person person) {
        return count("person = ?1 and printedAt is null", person) > 0;
    }
}
