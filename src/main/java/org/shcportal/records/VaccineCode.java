package org.shcportal.records;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a CDC CVX code means: its description and, for COVID-19 and mpox vaccines, the US trade name. */
@Entity
@Table(name = "vaccine_code")
public class VaccineCode extends PanacheEntityBase {

    @Id
    public String cvx;

    public String description;

    @Column(name = "trade_name")
    public String tradeName;

    /** The vaccine of a code as recorded; HL7 v2 pads CVX codes ("03"), the table does not ("3"). */
    public static Optional<VaccineCode> findByCvx(String recorded) {
        String cvx = recorded.strip().replaceFirst("^0+(?=.)", "");
        return findByIdOptional(cvx);
    }
}
