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
 * What a CDC CVX code means: its description, for COVID-19 and mpox vaccines the US trade name, and for the
 * vaccines residents commonly have a plain Spanish name. Only migrations write the table, so each replica keeps the
 * rows it has read in Hibernate ORM's second-level cache (Quarkus guide "Using Hibernate ORM", "Caching"): a feed
 * message or a page no longer asks the database what a code means.
 */
@Entity
@Cacheable
@Table(name = "vaccine_code")
public class VaccineCode extends PanacheEntityBase {

    private static final String SPANISH = "es";

    @Id
    public String cvx;

    public String description;

    @Column(name = "trade_name")
    public String tradeName;

    /** The name in plain Spanish, or null when only the English one is known. */
    @Column(name = "name_es")
    public String nameEs;

    /** The vaccine of a code as recorded; HL7 v2 pads CVX codes ("03"), the table does not ("3"). */
    public static Optional<VaccineCode> findByCvx(String recorded) {
        return findByIdOptional(Cvx.normalize(recorded));
    }

    /**
     * The name to show on a page in {@code locale}: the Spanish name for Spanish when there is one; otherwise the US
     * trade name when there is one, else the CDC description.
     */
    public String name(Locale locale) {
        if (SPANISH.equals(locale.getLanguage()) && nameEs != null) {
            return nameEs;
        }
        String english = (tradeName != null ? tradeName : description).strip().replaceAll("\\s+", " ");
        return english.substring(0, 1).toUpperCase(Locale.ROOT) + english.substring(1);
    }
}
