package org.shcportal.helpdesk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.shcportal.cards.CardGroup;
import org.shcportal.cards.CardVerifier;
import org.shcportal.corrections.CorrectionLabels;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.helpdesk.PersonRecordPage.AddressView;
import org.shcportal.helpdesk.PersonRecordPage.CardRow;
import org.shcportal.helpdesk.PersonRecordPage.ContactRow;
import org.shcportal.helpdesk.PersonRecordPage.DoseRow;
import org.shcportal.helpdesk.PersonRecordPage.RelativeRow;
import org.shcportal.helpdesk.PersonRecordPage.RequestRow;
import org.shcportal.issuance.IssuedCard;
import org.shcportal.records.RecordsPageBuilder;
import org.shcportal.registry.Address;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Masking;
import org.shcportal.registry.Person;
import org.shcportal.registry.VaccineCode;
import org.shcportal.signin.SignInService;
import org.shcportal.staff.ConsoleTimes;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * Builds the person page from the registry (the agent opens a relative's record through the search, with a reason
 * of its own).
 */
final class PersonRecordPageBuilder {

    /** The notices for the codes the help desk's actions send back with (contract: {@code ?done=}). */
    private static final Map<String, Function<HelpdeskMessages, String>> NOTICES = Map.of(
            "change-requested", HelpdeskMessages::record_notice_change_requested,
            "revoked", HelpdeskMessages::record_notice_revoked,
            "cards-emailed", HelpdeskMessages::record_notice_cards_emailed,
            "mail-queued", HelpdeskMessages::record_notice_mail_queued,
            "code-sent", HelpdeskMessages::record_notice_code_sent);
    /** The newest issued cards listed; older ones are in the audit. */
    private static final int CARDS_SHOWN = 20;

    private final HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
    private final ConsoleTimes times;
    private final ZoneId zone;
    private final CardVerifier verifier;
    private final Instant now;

    /** {@code zone} is the registry's time zone, which the records page's builder (whose card names this page shows) needs. */
    PersonRecordPageBuilder(ConsoleTimes times, ZoneId zone, CardVerifier verifier, Instant now) {
        this.times = times;
        this.zone = zone;
        this.verifier = verifier;
        this.now = now;
    }

    /** Reads the person's records; call inside a transaction. */
    PersonRecordPage page(Person person, OpenedRecord opened, String done, SignInService.DeskView signIn) {
        Function<HelpdeskMessages, String> notice = done == null ? null : NOTICES.get(done);
        return new PersonRecordPage(person.id, person.fullName(), ConsoleTimes.date(person.birthDate),
                person.birthDate.toString(), person.registryId, opened.reason.label(),
                opened.ticket, times.format(opened.openedAt), notice == null ? null : notice.apply(messages),
                signIn.waiting() ? messages.record_sign_in_waiting() : messages.record_sign_in_not_waiting(),
                signIn.pausedUntil().map(until -> messages.record_sign_in_paused(times.format(until))).orElse(null),
                contacts(person), address(person), doses(person), cards(person), requests(person),
                guardians(person), children(person));
    }

    /** The contacts a code may be sent to: those on file now. */
    private List<ContactRow> contacts(Person person) {
        return PeopleSearch.currentContacts(person).stream()
                .map(contact -> new ContactRow(contact.id, contact.kind == Contact.Kind.PHONE
                        ? messages.record_contact_phone()
                        : messages.record_contact_email(), Masking.contact(contact)))
                .toList();
    }

    private static AddressView address(Person person) {
        return Address.findCurrentOf(person).map(address -> new AddressView(Masking.streetLine(address.line1),
                Masking.streetLine(address.line2), address.city, address.state, address.postalCode)).orElse(null);
    }

    private List<DoseRow> doses(Person person) {
        return Immunization.listCompletedForPerson(person).stream()
                .map(dose -> new DoseRow(ConsoleTimes.date(dose.occurrenceDate), dose.occurrenceDate.toString(),
                        VaccineCode.findByCvx(dose.cvxCode).map(code -> code.name(Locale.ENGLISH))
                                .orElse(messages.record_doses_cvx(dose.cvxCode))))
                .toList();
    }

    private List<CardRow> cards(Person person) {
        RecordsPageBuilder names = new RecordsPageBuilder(Locale.ENGLISH, zone);
        List<IssuedCard> stored = IssuedCard.find("personId = ?1 order by issuedAt desc, id desc", person.id)
                .page(0, CARDS_SHOWN).list();
        return stored.stream().map(card -> {
            CardVerifier.Verification verification = verifier.verify(card.jws, now);
            return new CardRow(names.heading(CardGroup.valueOf(card.cardGroup)), times.format(card.issuedAt),
                    card.fullHistory, status(verification), verification.valid());
        }).toList();
    }

    private String status(CardVerifier.Verification verification) {
        if (verification.valid()) {
            return messages.record_cards_valid();
        }
        return "revoked".equals(verification.reason()) ? messages.record_cards_revoked()
                : messages.record_cards_not_valid(verification.reason());
    }

    private List<RequestRow> requests(Person person) {
        CorrectionLabels labels = new CorrectionLabels(Locale.ENGLISH);
        return CorrectionRequest.listForPerson(person).stream()
                .map(request -> new RequestRow(request.id, times.format(request.createdAt),
                        labels.kind(request.kind), labels.status(request.status),
                        request.status.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .toList();
    }

    private List<RelativeRow> guardians(Person minor) {
        return GuardianLink.listGuardiansOf(minor).stream()
                .map(link -> new RelativeRow(Initials.of(link.guardian), RelationshipLabels.of(link.relationship),
                        String.valueOf(link.guardian.birthDate.getYear())))
                .toList();
    }

    private List<RelativeRow> children(Person guardian) {
        return GuardianLink.<GuardianLink> list("guardian = ?1 order by minor.birthDate", guardian).stream()
                .map(link -> new RelativeRow(Initials.of(link.minor), messages.record_family_child(),
                        String.valueOf(link.minor.birthDate.getYear())))
                .toList();
    }
}
