package org.shcportal.helpdesk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shcportal.fixtures.Browser;
import org.shcportal.registry.Address;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Callers: registry persons of the help-desk tests' own, so that a test knows every contact and code of its person while
 * other tests share the database; and the steps an agent takes to open a record.
 */
final class TestCallers {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern RADIO = Pattern.compile("name=\"contact\" value=\"([0-9]+)\"");

    /** A person with the names, a phone and an email unique to this run, one COVID-19 dose and an address. */
    record Created(long id, String registryId, String givenName, String familyName, LocalDate birthDate,
            String phone, String email) {
    }

    private TestCallers() {
    }

    static Created create() {
        int n = NEXT.incrementAndGet();
        long unique = System.nanoTime() % 1_000_000;
        String letters = letters(unique * 100 + n);
        String registryId = "HD-" + unique + "-" + n;
        String phone = "+1505" + String.format("%07d", 2_000_000 + (int) ((unique * 100 + n) % 7_000_000));
        String email = "caller." + letters + "@example.com";
        LocalDate birthDate = LocalDate.of(1970, 1, 1).plusDays(unique % 10_000);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.registryId = registryId;
            person.givenName = "Rosa";
            person.familyName = "Testa-" + letters;
            person.birthDate = birthDate;
            person.sex = Person.Sex.F;
            person.persist();
            contact(person, Contact.Kind.PHONE, phone);
            contact(person, Contact.Kind.EMAIL, email);
            Address address = new Address();
            address.person = person;
            address.line1 = "4521 Juniper Hill Road";
            address.city = "Las Cruces";
            address.state = "NM";
            address.postalCode = "88011";
            address.addedOn = LocalDate.of(2020, 1, 1);
            address.persist();
            Immunization dose = new Immunization();
            dose.person = person;
            dose.cvxCode = "207";
            dose.occurrenceDate = LocalDate.of(2021, 3, 4);
            dose.status = Immunization.Status.COMPLETED;
            dose.sourceSystem = "help-desk tests";
            dose.persist();
            return person.id;
        });
        return new Created(id, registryId, "Rosa", "Testa-" + letters, birthDate, phone, email);
    }

    static void contact(Person person, Contact.Kind kind, String value) {
        Contact contact = new Contact();
        contact.person = person;
        contact.kind = kind;
        contact.value = value;
        contact.addedOn = LocalDate.of(2020, 1, 1);
        contact.persist();
    }

    /** Opens the person's record in the browser's staff session with a reason and ticket; the answer's status. */
    static int open(Browser staff, long personId, String reason, String ticket) {
        staff.get("/helpdesk");
        return staff.post("/helpdesk/people/" + personId + "/open", Map.of("reason", reason, "ticket", ticket))
                .statusCode();
    }

    /** The opaque values of the contact radio buttons on a person page. */
    static List<String> contactChoices(String page) {
        List<String> values = new ArrayList<>();
        Matcher radio = RADIO.matcher(page);
        while (radio.find()) {
            values.add(radio.group(1));
        }
        return values;
    }

    /** A run of lower-case letters from a number: names keep only letters when they are compared. */
    private static String letters(long number) {
        StringBuilder out = new StringBuilder();
        long rest = number;
        do {
            out.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return out.toString();
    }
}
