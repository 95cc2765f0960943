package org.shcportal.helpdesk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shcportal.cards.CardGroup;
import org.shcportal.cards.CardVerifier;
import org.shcportal.corrections.CorrectionLabels;
import org.shcportal.corrections.CorrectionRequest;
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

/**
 * What the person page shows an agent who opened a record with a reason: identity, masked contacts and street
 * line, doses, issued cards with whether our verifier still accepts them, correction requests, and family links
 * by initials (the agent opens a relative's record through the search, with a reason of its own).
 */
final class PersonRecordPage {

    /** The notices for the codes the help desk's actions send back with (contract: {@code ?done=}). */
    private static final Map<String, String> NOTICES = Map.of(
            "change-requested", "Your request was sent. A supervisor has to approve it before it takes effect.",
            "revoked", "The person's cards were revoked. New cards are available in the portal now.",
            "cards-emailed", "The cards were emailed to the address on file.",
            "mail-queued", "Printed cards were queued for mailing to the address on file.",
            "code-sent", "A new sign-in code was sent. The caller can type it on the page that asks for the code.");
    /** The newest issued cards listed; older ones are in the audit. */
    private static final int CARDS_SHOWN = 20;

    /** The page's values for the template. */
    record View(long personId, String name, String birthDate, String birthDateIso, String registryId,
            String reason, String ticket, String openedAt, String notice, List<ContactRow> contacts,
            AddressView address, List<DoseRow> doses, List<CardRow> cards, List<RequestRow> requests,
            List<RelativeRow> guardians, List<RelativeRow> children) {
    }

    /** A contact on file; {@code id} is the opaque value the resend form posts. */
    record ContactRow(long id, String kind, String masked) {
    }

    /** The mailing address with its street lines masked. */
    record AddressView(String line1, String line2, String city, String state, String postalCode) {
    }

    record DoseRow(String date, String dateIso, String vaccine) {
    }

    record CardRow(String group, String issuedAt, boolean fullHistory, String status, boolean valid) {
    }

    record RequestRow(long id, String received, String kind, String status, String statusSlug) {
    }

    record RelativeRow(String initials, String relationship, String birthYear) {
    }

    private final ZoneId zone;
    private final CardVerifier verifier;
    private final Instant now;

    PersonRecordPage(ZoneId zone, CardVerifier verifier, Instant now) {
        this.zone = zone;
        this.verifier = verifier;
        this.now = now;
    }

    /** Reads the person's records; call inside a transaction. */
    View view(Person person, OpenedRecord opened, String done) {
        return new View(person.id, person.fullName(), StaffDates.date(person.birthDate),
                person.birthDate.toString(), person.registryId, opened.reason.label(),
                opened.ticket, StaffDates.dateTime(opened.openedAt, zone), done == null ? null : NOTICES.get(done),
                contacts(person), address(person), doses(person), cards(person), requests(person),
                guardians(person), children(person));
    }

    /** The contacts a code may be sent to: those on file now. */
    static List<ContactRow> contacts(Person person) {
        return PeopleSearch.currentContacts(person).stream()
                .map(contact -> new ContactRow(contact.id, contact.kind == Contact.Kind.PHONE ? "Phone" : "Email",
                        Masking.contact(contact)))
                .toList();
    }

    private static AddressView address(Person person) {
        return Address.findCurrentOf(person).map(address -> new AddressView(Masking.streetLine(address.line1),
                Masking.streetLine(address.line2), address.city, address.state, address.postalCode)).orElse(null);
    }

    private static List<DoseRow> doses(Person person) {
        return Immunization.listCompletedForPerson(person).stream()
                .map(dose -> new DoseRow(StaffDates.date(dose.occurrenceDate), dose.occurrenceDate.toString(),
                        VaccineCode.findByCvx(dose.cvxCode).map(code -> code.name(Locale.ENGLISH))
                                .orElse("CVX " + dose.cvxCode)))
                .toList();
    }

    private List<CardRow> cards(Person person) {
        RecordsPageBuilder names = new RecordsPageBuilder(Locale.ENGLISH, zone);
        List<IssuedCard> stored = IssuedCard.find("personId = ?1 order by issuedAt desc, id desc", person.id)
                .page(0, CARDS_SHOWN).list();
        return stored.stream().map(card -> {
            CardVerifier.Verification verification = verifier.verify(card.jws, now);
            String status = verification.valid() ? "Valid"
                    : "revoked".equals(verification.reason()) ? "Revoked" : "Not valid: " + verification.reason();
            return new CardRow(names.heading(CardGroup.valueOf(card.cardGroup)),
                    StaffDates.dateTime(card.issuedAt, zone), card.fullHistory, status, verification.valid());
        }).toList();
    }

    private List<RequestRow> requests(Person person) {
        CorrectionLabels labels = new CorrectionLabels(Locale.ENGLISH);
        return CorrectionRequest.listForPerson(person).stream()
                .map(request -> new RequestRow(request.id, StaffDates.dateTime(request.createdAt, zone),
                        labels.kind(request.kind), labels.status(request.status),
                        request.status.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .toList();
    }

    private static List<RelativeRow> guardians(Person minor) {
        return GuardianLink.listGuardiansOf(minor).stream()
                .map(link -> relative(link.guardian, link.relationship))
                .toList();
    }

    private static List<RelativeRow> children(Person guardian) {
        return GuardianLink.<GuardianLink> list("guardian = ?1 order by minor.birthDate", guardian).stream()
                .map(link -> new RelativeRow(Initials.of(link.minor), "Child",
                        String.valueOf(link.minor.birthDate.getYear())))
                .toList();
    }

    private static RelativeRow relative(Person person, GuardianLink.Relationship relationship) {
        String label = switch (relationship) {
            case MOTHER -> "Mother";
            case FATHER -> "Father";
            case LEGAL_GUARDIAN -> "Legal guardian";
        };
        return new RelativeRow(Initials.of(person), label, String.valueOf(person.birthDate.getYear()));
    }
}
