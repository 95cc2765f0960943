package org.shcportal.signin;

import java.util.List;
import java.util.Optional;

import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;

/**
 * Where a person's sign-in code goes. Any phone or email ever on the record identifies the person, but a code goes
 * only to a contact that is still current (not removed): a number given up years ago may belong to someone else
 * now. The contact typed gets the code when it is current, otherwise the newest current contact (the one the record
 * was last given), phone or email; nobody when the record has no current contact (the help desk finds such a person
 * another way).
 */
public final class CodeDestination {

    private CodeDestination() {
    }

    /** The contact on the person's record that the code for a sign-in with {@code typed} goes to. */
    static Optional<ContactAddress> of(long personId, ContactAddress typed) {
        List<Contact> current = current(personId);
        return current.stream().filter(contact -> same(contact, typed)).findFirst().or(() -> current.stream().findFirst())
                .map(CodeDestination::address);
    }

    /** The newest current contact on the person's record, where anything else the portal sends the person goes. */
    public static Optional<ContactAddress> newest(long personId) {
        return current(personId).stream().findFirst().map(CodeDestination::address);
    }

    private static List<Contact> current(long personId) {
        return Contact.listHistoryOf(Person.findById(personId)).stream().filter(contact -> contact.removedOn == null)
                .toList();
    }

    private static ContactAddress address(Contact contact) {
        return new ContactAddress(contact.kind, contact.value);
    }

    private static boolean same(Contact contact, ContactAddress typed) {
        return contact.kind == typed.kind() && contact.value.equals(typed.value());
    }
}
