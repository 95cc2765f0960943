package org.shcportal.carddelivery;

import java.util.List;

import org.shcportal.registry.Address;
import org.shcportal.registry.Masking;
import org.shcportal.registry.Person;

/**
 * Where a person's cards can be sent, as staff pages offer it: their email addresses on file (partly hidden, chosen
 * by an opaque id) and the town of their mailing address.
 *
 * @param mailTo the town, state and ZIP code of the address on file, or null when there is none
 * @param queued whether printed cards are already waiting in the mail queue
 */
public record DeliveryOptions(List<EmailOption> emails, String mailTo, boolean queued) {

    /** An email on file as a choice: the contact's id and the address partly hidden. */
    public record EmailOption(long id, String shown) {
    }

    public static DeliveryOptions of(Person person) {
        List<EmailOption> emails = CardDelivery.emailsOnFile(person).stream()
                .map(contact -> new EmailOption(contact.id, Masking.email(contact.value))).toList();
        String mailTo = Address.findCurrentOf(person)
                .map(address -> address.city + ", " + address.state + " " + address.postalCode).orElse(null);
        return new DeliveryOptions(emails, mailTo, MailRequest.isQueued(person));
    }
}
