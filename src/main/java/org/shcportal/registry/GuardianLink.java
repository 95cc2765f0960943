package org.shcportal.registry;

import java.util.List;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A parent or legal guardian of a minor, as the registry feed or the help desk recorded it. */
@Entity
@Table(name = "guardian_link")
public class GuardianLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guardian_id")
    public Person guardian;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minor_id")
    public Person minor;

    @Enumerated(EnumType.STRING)
    public Relationship relationship;

    @Enumerated(EnumType.STRING)
    public Source source;

    /** The guardians on record for a minor. */
    public static List<GuardianLink> listGuardiansOf(Person minor) {
        return list("minor = ?1 order by id", minor);
    }

    public enum Relationship {
        MOTHER,
        FATHER,
        LEGAL_GUARDIAN
    }

    public enum Source {
        REGISTRY_FEED,
        HELP_DESK
    }
}
