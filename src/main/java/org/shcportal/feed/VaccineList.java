package org.shcportal.feed;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.shcportal.cards.Cvx;
import org.shcportal.registry.VaccineCode;

/**
 * The CVX codes of the registry's vaccine list, read once: only migrations write {@code vaccine_code}
 * ({@link VaccineCode}), and asking Hibernate ORM for a code on every dose of every feed message took about 5 % of the
 * portal's CPU samples (JFR, MllpBenchmark), a query each time despite the second-level cache.
 */
@ApplicationScoped
class VaccineList {

    private volatile Set<String> codes;

    /** Whether the list has the code as recorded (HL7 v2 pads CVX codes: "03" is "3"). */
    boolean has(String recorded) {
        Set<String> known = codes;
        if (known == null) {
            known = VaccineCode.<VaccineCode> listAll().stream().map(code -> code.cvx)
                    .collect(Collectors.toUnmodifiableSet());
            codes = known;
        }
        return known.contains(Cvx.normalize(recorded));
    }
}
