package org.shcportal.registry;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A previous (e.g. maiden) or alias name of a person. */
@Entity
@Table(name = "person_name")
public class PersonName extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "middle_name")
    public String middleName;

    public static List<PersonName> listOtherNamesOf(Person person) {
        return list("person = ?1 order by id", person);
    }

    public enum Kind {
        PREVIOUS,
        ALIAS
    }
}
