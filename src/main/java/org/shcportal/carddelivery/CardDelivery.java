package org.shcportal.carddelivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shcportal.audit.StaffReason;
import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthCardFile;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.outbox.EmailAttachment;
import org.shcportal.outbox.Outbox;
import org.shcportal.printouts.CardPrintouts;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.registry.Address;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Sends a person their cards on the help desk's behalf, only ever to what is on file (never to a contact typed
 * in): an email with the {@code .smart-health-card} file and the PDF attached, or printed cards queued
 * for mailing to the current address. Both are written in the caller's transaction; the email goes out once it
 * commits.
 */
@ApplicationScoped
public class CardDelivery {

    /** Why cards cannot be sent as asked; the text is shown to staff. */
    public enum Refusal {
        NO_CARDS(CardDeliveryMessages::delivery_refusal_no_cards),
        NO_EMAIL_ON_FILE(CardDeliveryMessages::delivery_refusal_no_email_on_file),
        EMAIL_NOT_ON_FILE(CardDeliveryMessages::delivery_refusal_email_not_on_file),
        NO_ADDRESS(CardDeliveryMessages::delivery_refusal_no_address),
        ALREADY_QUEUED(CardDeliveryMessages::delivery_refusal_already_queued),
        NO_DELIVERY_CHOSEN(CardDeliveryMessages::delivery_refusal_no_delivery_chosen);

        private final Function<CardDeliveryMessages, String> message;

        Refusal(Function<CardDeliveryMessages, String> message) {
            this.message = message;
        }

        public String message() {
            return message.apply(MessageBundles.get(CardDeliveryMessages.class));
        }
    }

    @Inject
    IssuanceService personCards;

    @Inject
    CardPrintouts printouts;

    @Inject
    Outbox outbox;

    @Inject
    RegistryConfig registry;

    @Inject
    RegistryCalendar calendar;

    @Inject
    Clock clock;

    /** The person's current email addresses, newest first. */
    public static List<Contact> emailsOnFile(Person person) {
        return Contact.listHistoryOf(person).stream()
                .filter(contact -> contact.kind == Contact.Kind.EMAIL && contact.removedOn == null).toList();
    }

    /** The current email of the person whose contact id is {@code contactId} (a form's opaque value). */
    public static Optional<Contact> emailOnFile(Person person, String contactId) {
        return emailsOnFile(person).stream().filter(contact -> contact.id.toString().equals(contactId)).findFirst();
    }

    /** Why an email to the contact {@code contactId} cannot be sent, before anything is done. */
    public Optional<Refusal> refusalToEmail(Person person, String contactId) {
        if (emailsOnFile(person).isEmpty()) {
            return Optional.of(Refusal.NO_EMAIL_ON_FILE);
        }
        return emailOnFile(person, contactId).isEmpty() ? Optional.of(Refusal.EMAIL_NOT_ON_FILE) : Optional.empty();
    }

    /** Why the person's cards cannot be queued for mail, before anything is done. */
    public Optional<Refusal> refusalToMail(Person person) {
        if (Address.findCurrentOf(person).isEmpty()) {
            return Optional.of(Refusal.NO_ADDRESS);
        }
        return MailRequest.isQueued(person) ? Optional.of(Refusal.ALREADY_QUEUED) : Optional.empty();
    }

    /**
     * Queues an email of all the person's cards to their email {@code contactId}, checked with
     * {@link #refusalToEmail} first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Refusal> email(Person person, String contactId, Language language) {
        Optional<Refusal> refusal = refusalToEmail(person, contactId);
        if (refusal.isPresent()) {
            return refusal;
        }
        IssuanceService.Cards cards = personCards.withRecord(person);
        if (cards.cards().isEmpty()) {
            return Optional.of(Refusal.NO_CARDS);
        }
        MailingMessages messages = messages(language);
        LocalDate today = calendar.today();
        String fileName = DownloadNames.of(person, today, "all-cards", HealthCardFile.EXTENSION);
        String pdfName = DownloadNames.of(person, today, "all-cards", ".pdf");
        List<String> jwsList = cards.cards().stream().map(card -> card.qr().jws()).toList();
        String body = String.join("\n\n", messages.email_greeting(),
                messages.email_intro(registry.name()) + "\n" + messages.email_file(fileName) + "\n"
                        + messages.email_pdf(pdfName),
                messages.email_keep(), messages.email_not_you(registry.helpPhone()), registry.name());
        outbox.queueEmail(emailOnFile(person, contactId).orElseThrow().value, messages.email_subject(registry.name()),
                body, language.code(), List.of(
                        new EmailAttachment(fileName, HealthCardFile.MEDIA_TYPE, HealthCardFile.of(jwsList)),
                        new EmailAttachment(pdfName, "application/pdf", cardsPdf(person, cards, language))));
        return Optional.empty();
    }

    /** Queues the person's printed cards for mail, checked with {@link #refusalToMail} first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Refusal> queueMail(Person person, Language language, StaffReason reason, String ticket,
            String requestedBy) {
        Optional<Refusal> refusal = refusalToMail(person);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (personCards.of(person).isEmpty()) {
            return Optional.of(Refusal.NO_CARDS);
        }
        MailRequest request = new MailRequest();
        request.person = person;
        request.language = language.code();
        request.reason = reason;
        request.ticket = ticket;
        request.requestedBy = requestedBy;
        request.requestedAt = clock.instant();
        request.persist();
        return Optional.empty();
    }

    /** Every card of the person in one PDF, each single-code card followed by its full history when it has one. */
    byte[] cardsPdf(Person person, IssuanceService.Cards cards, Language language) {
        List<CardPrintouts.PrintedCard> printed = new ArrayList<>();
        for (GroupCard card : cards.cards()) {
            printed.add(new CardPrintouts.PrintedCard(person, cards.record(), card.qr()));
            card.fullHistory().ifPresent(full -> printed.add(new CardPrintouts.PrintedCard(person, cards.record(), full)));
        }
        return printouts.pdf(printed, language, false, messages(language).cards_title(person.fullName()));
    }

    static MailingMessages messages(Language language) {
        return MessageBundles.get(MailingMessages.class, Localized.Literal.of(language.code()));
    }
}
