package org.shcportal.healthlinks;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One manifest or file request of a known link: who the requester said they were, when, and the answer. */
@Entity
@Table(name = "health_link_access")
public class HealthLinkAccess extends PanacheEntityBase {

    /** Recipients are cut to this length: the audit's detail and the history page show no more. */
    static final int MAX_RECIPIENT_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "link_id")
    public Long linkId;

    /** Self-asserted by the requester (SHL, "SMART Health Link Manifest Request"): never proof of who it was. */
    public String recipient;

    public Instant at;

    /** True when the request was answered with the link's files (or manifest). */
    public boolean accepted;

    static List<HealthLinkAccess> listOf(long linkId) {
        return list("linkId = ?1 order by at desc, id desc", linkId);
    }

    /** The recipient as stored: control characters made spaces, stripped, cut to {@value #MAX_RECIPIENT_LENGTH} characters. */
    static String cut(String recipient) {
        String stripped = recipient.replaceAll("\\p{Cntrl}", " ").strip();
        if (stripped.length() <= MAX_RECIPIENT_LENGTH) {
            return stripped;
        }
        int end = MAX_RECIPIENT_LENGTH;
        if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        return stripped.substring(0, end);
    }
}
