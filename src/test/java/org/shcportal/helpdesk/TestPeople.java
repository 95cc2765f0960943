package org.shcportal.helpdesk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.shcportal.registry.Person;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Generated persons of the demo dataset for help-desk tests, each handed out once per test run, so that one test's
 * revocation, new contact or queued mail never meets another's. The fixed demo persons (NM-000001…) are left to the
 * tests that name them.
 */
public final class TestPeople {

    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private TestPeople() {
    }

    /**
     * An adult with one to three vaccinations and no lab results (a few small cards), a current email address and a
     * mailing address.
     */
    public static String adultWithCards() {
        return next("""
                SELECT p.registry_id FROM person p
                WHERE p.registry_id NOT LIKE 'NM-00000%' AND p.birth_date < current_date - interval '19 years'
                AND (SELECT count(*) FROM immunization i WHERE i.person_id = p.id AND i.status = 'COMPLETED') BETWEEN 1 AND 3
                AND NOT EXISTS (SELECT 1 FROM lab_result l WHERE l.person_id = p.id)
                AND EXISTS (SELECT 1 FROM contact c WHERE c.person_id = p.id AND c.kind = 'EMAIL' AND c.removed_on IS NULL)
                AND EXISTS (SELECT 1 FROM address a WHERE a.person_id = p.id)
                ORDER BY p.id""");
    }

    /** A child well under the age of majority. */
    public static String minor() {
        return next("""
                SELECT p.registry_id FROM person p
                WHERE p.registry_id NOT LIKE 'NM-00000%' AND p.birth_date > current_date - interval '15 years'
                ORDER BY p.id""");
    }

    /**
     * A person of the registry with one vaccination and nothing on file to reach them: no phone, no email, no
     * address. Created for the test.
     */
    public static String unreachable() {
        String registryId = "NM-T" + System.nanoTime() % 100_000_000;
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = new Person();
            person.registryId = registryId;
            person.familyName = "Nocontact";
            person.givenName = "Rosa";
            person.birthDate = LocalDate.of(1970, 4, 2);
            person.sex = Person.Sex.F;
            person.persist();
            entityManager().createNativeQuery("""
                    INSERT INTO immunization (person_id, cvx_code, occurrence_date, status, source_system)
                    VALUES (?1, '208', DATE '2021-03-01', 'COMPLETED', 'test')""").setParameter(1, person.id)
                    .executeUpdate();
        });
        return registryId;
    }

    public static long idOf(String registryId) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId(registryId).orElseThrow().id);
    }

    private static String next(String query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> ids = entityManager().createNativeQuery(query).getResultList();
            return ids.stream().filter(HANDED_OUT::add).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no more such persons in the demo dataset"));
        });
    }

    private static EntityManager entityManager() {
        return Arc.container().select(EntityManager.class).get();
    }
}
