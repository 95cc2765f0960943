package org.shcportal.downloads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.shcportal.cards.Card;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthRecord;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.printouts.CardPrintouts.PrintedCard;
import org.shcportal.printouts.ImmunizationRecord;
import org.shcportal.registry.Person;

/**
 * A person's cards as the download URLs name them: a card group by its slug, its single-code card or its full
 * history, a QR code by its number. Whatever the person does not have is "not found".
 */
@ApplicationScoped
class CardFinder {

    @Inject
    IssuanceService personCards;

    /** The card of a group: the single-code card, or its full history. */
    Card card(Person person, String slug, boolean full) {
        GroupCard issued = personCards.of(person, group(slug)).orElseThrow(NotFoundException::new);
        return full ? issued.fullHistory().orElseThrow(NotFoundException::new) : issued.qr();
    }

    /** The text of a card's QR code {@code number}, counted from 1. */
    static String qrText(Card card, int number) {
        if (number < 1 || number > card.qrTexts().size()) {
            throw new NotFoundException();
        }
        return card.qrTexts().get(number - 1);
    }

    /** The JWS of every single-code card of the person. */
    List<String> allJws(Person person) {
        List<String> jwsList = personCards.of(person).stream().map(card -> card.qr().jws()).toList();
        if (jwsList.isEmpty()) {
            throw new NotFoundException();
        }
        return jwsList;
    }

    /**
     * The card of a group to print: the single-code card, then its full history when it has one; the single-code
     * card only on a wallet card; the full history only when {@code full}.
     */
    List<PrintedCard> printed(Person person, String slug, boolean full, boolean wallet) {
        CardGroup group = group(slug);
        IssuanceService.Cards cards = personCards.withRecord(person);
        GroupCard issued = cards.cards().stream().filter(card -> card.group() == group).findFirst()
                .orElseThrow(NotFoundException::new);
        if (full) {
            return List.of(new PrintedCard(person, cards.record(),
                    issued.fullHistory().orElseThrow(NotFoundException::new)));
        }
        return wallet ? List.of(new PrintedCard(person, cards.record(), issued.qr()))
                : withHistory(person, cards.record(), issued);
    }

    /** Every card of the person to print, each followed by its full history when it has one. */
    List<PrintedCard> printed(Person person) {
        IssuanceService.Cards cards = personCards.withRecord(person);
        List<PrintedCard> printed = new ArrayList<>();
        cards.cards().forEach(card -> printed.addAll(withHistory(person, cards.record(), card)));
        return printed;
    }

    /** The person's record with every card to print after it, each followed by its full history when it has one. */
    ImmunizationRecord.Entry recordOf(Person person) {
        IssuanceService.Cards cards = personCards.withRecord(person);
        List<Card> printed = new ArrayList<>();
        for (GroupCard card : cards.cards()) {
            printed.add(card.qr());
            card.fullHistory().ifPresent(printed::add);
        }
        return new ImmunizationRecord.Entry(person, cards.record(), printed, List.of());
    }

    private static List<PrintedCard> withHistory(Person person, HealthRecord record, GroupCard card) {
        List<PrintedCard> printed = new ArrayList<>();
        printed.add(new PrintedCard(person, record, card.qr()));
        card.fullHistory().ifPresent(history -> printed.add(new PrintedCard(person, record, history)));
        return printed;
    }

    private static CardGroup group(String slug) {
        return Arrays.stream(CardGroup.values()).filter(group -> group.slug().equals(slug)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
