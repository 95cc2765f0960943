package org.shcportal.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.shcportal.registry.Address;
import org.shcportal.registry.Contact;
import org.shcportal.registry.PersonName;

/**
 * The other names, address and contacts one message adds to a person's record, written together in one JDBC batch in
 * the message's transaction, instead of one Hibernate ORM insert each: their tables have identity keys, so Hibernate
 * ORM sends each insert on its own (Hibernate ORM User Guide, "Batching": "Hibernate disables insert batching at the
 * JDBC level transparently if you use an identity identifier generator"), and nothing in the message reads them back
 * as entities. Queries later in the transaction see them, on the same connection.
 */
final class AddedDetails {

    private static final String NAME = """
            INSERT INTO person_name (person_id, kind, family_name, given_name, middle_name) VALUES (?, ?, ?, ?, ?)""";
    private static final String ADDRESS = """
            INSERT INTO address (person_id, line1, line2, city, state, postal_code, added_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String CONTACT = """
            INSERT INTO contact (person_id, kind, value, added_on) VALUES (?, ?, ?, ?)""";

    private final List<PersonName> names = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();

    void add(PersonName name) {
        names.add(name);
    }

    void add(Address address) {
        addresses.add(address);
    }

    void add(Contact contact) {
        contacts.add(contact);
    }

    /** Inserts what was added, in one round trip to PostgreSQL. */
    void write(EntityManager entityManager) {
        if (names.isEmpty() && addresses.isEmpty() && contacts.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(this::write);
    }

    private void write(Connection connection) throws SQLException {
        try (PreparedStatement name = connection.prepareStatement(NAME);
                PreparedStatement address = connection.prepareStatement(ADDRESS);
                PreparedStatement contact = connection.prepareStatement(CONTACT)) {
            for (PersonName row : names) {
                name.setLong(1, row.person.id);
                name.setString(2, row.kind.name());
                name.setString(3, row.familyName);
                name.setString(4, row.givenName);
                name.setString(5, row.middleName);
                name.addBatch();
            }
            for (Address row : addresses) {
                address.setLong(1, row.person.id);
                address.setString(2, row.line1);
                address.setString(3, row.line2);
                address.setString(4, row.city);
                address.setString(5, row.state);
                address.setString(6, row.postalCode);
                address.setObject(7, row.addedOn);
                address.addBatch();
            }
            for (Contact row : contacts) {
                contact.setLong(1, row.person.id);
                contact.setString(2, row.kind.name());
                contact.setString(3, row.value);
                contact.setObject(4, row.addedOn);
                contact.addBatch();
            }
            name.executeBatch();
            address.executeBatch();
            contact.executeBatch();
        }
    }
}
