package org.shcportal.registry;

import java.time.LocalDate;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A phone (E.164) or email (lower case) that was on record for a person from {@link #addedOn}. */
@Entity
public class Contact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String value;

    @Column(name = "added_on")
    public LocalDate addedOn;

    @Column(name = "removed_on")
    public LocalDate removedOn;

    /** Every contact ever on record for the person, newest first. */
    public static List<Contact> listHistoryOf(Person person) {
        return list("person = ?1 order by addedOn desc, id desc", person);
    }

    /** The persons who have, or once had, this exact phone or email on record. */
    public static List<Person> listPersonsWhoHad(Kind kind, String value) {
        return find("select distinct c.person from Contact c where c.kind = ?1 and c.value = ?2", kind, value)
                .project(Person.class).list();
    }

    public enum Kind {
        PHONE,
        EMAIL
    }
}
