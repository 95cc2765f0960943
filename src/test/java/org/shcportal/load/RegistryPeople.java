package org.shcportal.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The persons a load run signs in as, read from the target portal's registry before the run: adults with a current
 * phone or email and at least one immunization, each with a contact no other listed person has (a code read from the
 * outbox is then surely this visit's), with no other person born the same day who shares that contact (a duplicate
 * record the registry has not merged yet, for which the sign-in rightly asks a dose date too), and of whom the audit
 * log holds nothing yet: a run on a database an earlier run
 * used signs in only as persons who never visited. Guardians (persons with a linked minor) are kept apart for the family-pack
 * visits. Every person is handed out once: a run never signs in as the same person twice.
 */
final class RegistryPeople {

    private static final String ADULTS = """
            SELECT p.id, p.registry_id, p.given_name, p.family_name, p.birth_date, c.value,
                   EXISTS (SELECT 1 FROM guardian_link g JOIN person m ON m.id = g.minor_id
                           WHERE g.guardian_id = p.id AND m.birth_date > ?) AS guardian
            FROM person p
            JOIN LATERAL (SELECT kind, value FROM contact c WHERE c.person_id = p.id AND c.removed_on IS NULL
                          ORDER BY c.id LIMIT 1) c ON true
            WHERE p.birth_date <= ? AND EXISTS (SELECT 1 FROM immunization i WHERE i.person_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.subject_person_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM contact o JOIN person twin ON twin.id = o.person_id
                              WHERE o.kind = c.kind AND o.value = c.value AND twin.id <> p.id
                                AND twin.birth_date = p.birth_date)
            ORDER BY p.id""";
    /** Rows read from the database at a time while the quotas fill. */
    private static final int FETCH_SIZE = 1000;
    /** A person signs in for themselves from this age (guardians.GuardianConfig, default 18). */
    private static final int ADULT_YEARS = 18;

    private final ConcurrentLinkedQueue<Map<String, Object>> residents = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Map<String, Object>> guardians = new ConcurrentLinkedQueue<>();

    private RegistryPeople() {
    }

    /**
     * Reads persons from the database of the portal under test until there are {@code residentCount} without and
     * {@code guardianCount} with a linked minor, or the registry has no more.
     */
    static RegistryPeople read(LoadSettings settings, int residentCount, int guardianCount) {
        return read(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), residentCount, guardianCount);
    }

    /** The same, from the database at {@code dbUrl}. */
    static RegistryPeople read(String dbUrl, String dbUser, String dbPassword, int residentCount, int guardianCount) {
        RegistryPeople people = new RegistryPeople();
        Set<String> contacts = new HashSet<>();
        LocalDate adultsBornBy = LocalDate.now().minusYears(ADULT_YEARS);
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            // PostgreSQL's driver streams a result in FETCH_SIZE rows only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(ADULTS)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setObject(1, adultsBornBy);
                statement.setObject(2, adultsBornBy);
                try (ResultSet row = statement.executeQuery()) {
                    while ((people.residents.size() < residentCount || people.guardians.size() < guardianCount)
                            && row.next()) {
                        Map<String, Object> person = person(row);
                        ConcurrentLinkedQueue<Map<String, Object>> queue = row.getBoolean("guardian")
                                ? people.guardians
                                : people.residents;
                        int quota = queue == people.guardians ? guardianCount : residentCount;
                        if (queue.size() < quota && contacts.add((String) person.get("contact"))) {
                            queue.add(person);
                        }
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the persons of the registry failed", e);
        }
        return people;
    }

    /**
     * Persons without a linked minor, each handed out once: maps of {@code personId}, {@code registryId}, the sign-in
     * form's fields {@code givenName}, {@code familyName}, {@code birthMonth}, {@code birthDay}, {@code birthYear} and
     * {@code contact}.
     */
    Iterator<Map<String, Object>> residents() {
        return new Handout(residents);
    }

    /** Persons with a linked minor, each handed out once. */
    Iterator<Map<String, Object>> guardians() {
        return new Handout(guardians);
    }

    private static Map<String, Object> person(ResultSet row) throws SQLException {
        LocalDate born = row.getObject("birth_date", LocalDate.class);
        Map<String, Object> person = new HashMap<>();
        person.put("personId", row.getLong("id"));
        person.put("registryId", row.getString("registry_id"));
        person.put("givenName", row.getString("given_name"));
        person.put("familyName", row.getString("family_name"));
        person.put("birthMonth", Integer.toString(born.getMonthValue()));
        person.put("birthDay", Integer.toString(born.getDayOfMonth()));
        person.put("birthYear", Integer.toString(born.getYear()));
        person.put("contact", row.getString("value"));
        return person;
    }

    /** A Gatling feeder that takes persons off a shared queue; running out ends the run with a clear message. */
    private record Handout(ConcurrentLinkedQueue<Map<String, Object>> queue) implements Iterator<Map<String, Object>> {

        @Override
        public boolean hasNext() {
            return !queue.isEmpty();
        }

        @Override
        public Map<String, Object> next() {
            Map<String, Object> person = queue.poll();
            if (person == null) {
                throw new NoSuchElementException("Every person read from the registry has visited once: generate more"
                        + " persons or lower -Drate/-Dduration");
            }
            return person;
        }
    }
}
