package org.shcportal.signin;

import java.time.LocalDate;

import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Persons made for a sign-in test, with the phones and emails their record has had, current or removed. */
final class TestResidents {

    /** A phone (E.164) or email on the record from {@code addedOn}, removed on {@code removedOn} unless null. */
    record OnRecord(String value, LocalDate addedOn, LocalDate removedOn) {
    }

    private TestResidents() {
    }

    static OnRecord current(String value, LocalDate addedOn) {
        return new OnRecord(value, addedOn, null);
    }

    static OnRecord removed(String value, LocalDate addedOn, LocalDate removedOn) {
        return new OnRecord(value, addedOn, removedOn);
    }

    /** Creates the person, unless a person with the registry id exists already. */
    static void create(String registryId, String given, String family, LocalDate born, OnRecord... contacts) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Person.findByRegistryId(registryId).isPresent()) {
                return;
            }
            Person person = new Person();
            person.registryId = registryId;
            person.givenName = given;
            person.familyName = family;
            person.birthDate = born;
            person.sex = Person.Sex.X;
            person.persist();
            for (OnRecord entry : contacts) {
                Contact contact = new Contact();
                contact.person = person;
                contact.kind = entry.value().contains("@") ? Contact.Kind.EMAIL : Contact.Kind.PHONE;
                contact.value = entry.value();
                contact.addedOn = entry.addedOn();
                contact.removedOn = entry.removedOn();
                contact.persist();
            }
        });
    }
}
