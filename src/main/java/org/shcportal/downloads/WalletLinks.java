package org.shcportal.downloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.cards.Card;
import org.shcportal.cards.HealthRecord;
import org.shcportal.printouts.CardsMessages;
import org.shcportal.records.RecordsPage;
import org.shcportal.records.RecordsPageBuilder;
import org.shcportal.registry.Person;
import org.shcportal.wallet.AppleHealthLink;
import org.shcportal.wallet.GoogleWalletPass;
import org.shcportal.web.RegistryConfig;

/**
 * The wallet links of a card: "Add to Apple Health", and "Save to Google Wallet" when the registry has a Google Wallet
 * issuer account. Both carry one QR code, so a card split across several codes has neither (null).
 */
@ApplicationScoped
class WalletLinks {

    @Inject
    Optional<GoogleWalletPass> googleWallet;

    @Inject
    RegistryConfig registry;

    String apple(Card card) {
        return card.chunked() ? null : AppleHealthLink.of(card.qrTexts().get(0));
    }

    String google(Person person, HealthRecord record, Card card, RecordsPageBuilder names, CardsMessages messages) {
        if (card.chunked()) {
            return null;
        }
        return googleWallet.map(wallet -> wallet.saveUrl(pass(person, record, card, names, messages))).orElse(null);
    }

    /** The Google Wallet pass of a one-code card: the card's QR text, the person, and a line per dose or result. */
    private GoogleWalletPass.Pass pass(Person person, HealthRecord record, Card card, RecordsPageBuilder names,
            CardsMessages messages) {
        List<GoogleWalletPass.Row> rows = new ArrayList<>();
        record.dosesByCard().getOrDefault(card.group(), List.of()).forEach(dose -> {
            RecordsPage.Dose shown = names.dose(dose);
            rows.add(new GoogleWalletPass.Row(shown.vaccine(),
                    shown.date() + " · " + shown.lot() + " · " + shown.where()));
        });
        record.labsByCard().getOrDefault(card.group(), List.of()).forEach(lab -> {
            RecordsPage.Lab shown = names.lab(lab);
            rows.add(new GoogleWalletPass.Row(shown.test(), shown.date() + " · " + shown.result()));
        });
        return new GoogleWalletPass.Pass(card.qrTexts().get(0), registry.name(), names.heading(card.group()),
                person.fullName(), messages.print_birth_date(), person.birthDate, rows, names.locale());
    }
}
