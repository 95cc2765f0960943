package org.shcportal.issuance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.shcportal.cards.Card;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.CardVerifier;
import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthRecord;
import org.shcportal.keys.RidSecret;
import org.shcportal.keys.Sha256;
import org.shcportal.qr.NumericQr;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonRecords;

/**
 * A person's cards, issued on demand and idempotently: the same records, with the same signing key, give back the
 * cards issued before (a page reload or a second download never signs a new card); changed records, a new key or a
 * revocation give new ones. Every issued card is recorded (person, kid, rid, card, JWS hash,
 * time). Replicas serialise issuing for one person with a PostgreSQL advisory lock, taken only when no stored card
 * can be given out.
 */
@ApplicationScoped
public class IssuanceService {

    @Inject
    PersonRecords records;

    @Inject
    CardIssuer issuer;

    @Inject
    CardVerifier verifier;

    @Inject
    RidSecret ridSecret;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** A person's records and the cards made of them. */
    public record Cards(HealthRecord record, List<GroupCard> cards) {
    }

    /** The person's cards, immunization cards first; empty when there is nothing to put in a card. */
    @Transactional
    public List<GroupCard> of(Person person) {
        return withRecord(person).cards();
    }

    /** The person's records and cards. */
    @Transactional
    public Cards withRecord(Person person) {
        HealthRecord record = records.of(person);
        return new Cards(record, record.doses().isEmpty() && record.labs().isEmpty() ? List.of() : cards(person, record));
    }

    private List<GroupCard> cards(Person person, HealthRecord record) {
        String version = dataVersion(record);
        Optional<List<GroupCard>> issued = stored(person, version);
        if (issued.isPresent()) {
            return issued.get();
        }
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, person.id)
                .getSingleResult();
        issued = stored(person, version);
        if (issued.isPresent()) {
            return issued.get();
        }
        List<GroupCard> fresh = issuer.issue(record);
        store(person, version, fresh);
        return fresh;
    }

    /** The cards stored for this version of the records and the active key, when they may be given out again. */
    private Optional<List<GroupCard>> stored(Person person, String version) {
        List<IssuedCard> stored = IssuedCard.listNewestFor(person.id, version, issuer.kid());
        return !stored.isEmpty() && stillValid(stored.get(0)) ? Optional.of(issuedCards(stored)) : Optional.empty();
    }

    /** One card of the person by its group, if the person has it. */
    public Optional<GroupCard> of(Person person, CardGroup group) {
        return of(person).stream().filter(card -> card.group() == group).findFirst();
    }

    /**
     * Whether a set of stored cards may be given out again. The cards of one set share their rid and nbf, so a
     * revocation (a CRL entry, rid or rid with a time: https://spec.smarthealth.cards/#revocation) hits all of them or
     * none: checking one is checking all.
     */
    private boolean stillValid(IssuedCard card) {
        return verifier.verify(card.jws, clock.instant()).valid();
    }

    private void store(Person person, String version, List<GroupCard> cards) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String rid = ridSecret.rid(issuer.kid(), person.registryId);
        for (GroupCard card : cards) {
            storeOne(person, version, rid, now, card.qr(), false);
            card.fullHistory().ifPresent(full -> storeOne(person, version, rid, now, full, true));
        }
    }

    private void storeOne(Person person, String version, String rid, Instant now, Card card, boolean fullHistory) {
        IssuedCard stored = new IssuedCard();
        stored.personId = person.id;
        stored.dataVersion = version;
        stored.cardGroup = card.group().name();
        stored.fullHistory = fullHistory;
        stored.kid = issuer.kid();
        stored.rid = rid;
        stored.jws = card.jws();
        stored.jwsHash = Sha256.hex(card.jws());
        stored.shown = card.shown();
        stored.total = card.total();
        stored.issuedAt = now;
        stored.persist();
    }

    private static List<GroupCard> issuedCards(List<IssuedCard> stored) {
        List<GroupCard> cards = new ArrayList<>();
        for (IssuedCard row : stored) {
            if (!row.fullHistory) {
                Optional<Card> full = stored.stream()
                        .filter(other -> other.fullHistory && other.cardGroup.equals(row.cardGroup)).findFirst()
                        .map(IssuanceService::card);
                cards.add(new GroupCard(card(row), full));
            }
        }
        return cards;
    }

    private static Card card(IssuedCard row) {
        return new Card(CardGroup.valueOf(row.cardGroup), row.jws, NumericQr.texts(row.jws), row.shown, row.total);
    }

    /** The records as the cards would show them: a {@link HealthRecord} is a value whose text lists every value. */
    public static String dataVersion(HealthRecord record) {
        return Sha256.hex(record.toString());
    }
}
