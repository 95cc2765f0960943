package org.shcportal.registry;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shcportal.cards.Cvx;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a CDC CVX code is called on pages and paper, in English and Spanish, by the one rule of docs/architecture.md
 * ("Vaccine names"): the US product name when the code stands for one product licensed or authorized in the US, else a
 * plain-language name derived from the CDC CVX table. Every page, printout, check result and the help desk name a
 * vaccine only through {@link #name(Locale)}. Only migrations write the table, so each replica keeps the rows it has
 * read in Hibernate ORM's second-level cache (Quarkus guide "Using Hibernate ORM", "Caching"): a feed message or a
 * page no longer asks the database what a code means.
 */
@Entity
@Cacheable
@Table(name = "vaccine_code")
public class VaccineCode extends PanacheEntityBase {

    private static final String SPANISH = "es";

    @Id
    public String cvx;

    /** The name for pages in English. */
    @Column(name = "name_en")
    public String nameEn;

    /** The name for pages in Spanish. */
    @Column(name = "name_es")
    public String nameEs;

    /** The vaccine of a code as recorded; HL7 v2 pads CVX codes ("03"), the table does not ("3"). */
    public static Optional<VaccineCode> findByCvx(String recorded) {
        return findByIdOptional(Cvx.normalize(recorded));
    }

    /** The name to show on a page in {@code locale}: Spanish for Spanish, else English. */
    public String name(Locale locale) {
        return SPANISH.equals(locale.getLanguage()) ? nameEs : nameEn;
    }
}
