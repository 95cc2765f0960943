package org.shcportal.registry;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A postal address of a person; the most recently added one is current. */
@Entity
public class Address extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    public String line1;

    public String line2;

    public String city;

    @Column(columnDefinition = "bpchar")
    public String state;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(name = "added_on")
    public LocalDate addedOn;

    public static Optional<Address> findCurrentOf(Person person) {
        return find("person = ?1 order by addedOn desc, id desc", person).firstResultOptional();
    }
}
