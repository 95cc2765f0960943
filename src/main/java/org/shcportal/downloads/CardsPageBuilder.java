package org.shcportal.downloads;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.shcportal.cards.Card;
import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthRecord;
import org.shcportal.healthlinks.LinkContent;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.issuance.IssuedCard;
import org.shcportal.printouts.CardsMessages;
import org.shcportal.printouts.QrCaption;
import org.shcportal.printouts.QrImages;
import org.shcportal.records.RecordsPageBuilder;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;
import org.shcportal.wallet.Platform;
import org.shcportal.web.Language;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The cards page's contents in one language: each card's QR codes as inline images with their captions, the URLs of
 * their downloads, its coverage note and wallet links, and the full history of a card too big for one code. Reads
 * vaccine names from the database, so it runs inside the request's transaction.
 */
final class CardsPageBuilder {

    /** On screen a module of 4 px keeps a version-22 code (113 modules with its quiet zone) under 460 px. */
    private static final int SCREEN_PIXELS_PER_MODULE = 4;

    private final CardsMessages messages;
    private final RecordsPageBuilder names;
    private final QrImages qrImages;
    private final WalletLinks wallets;
    private final ZoneId zone;

    CardsPageBuilder(Language language, ZoneId zone, QrImages qrImages, WalletLinks wallets) {
        this.messages = MessageBundles.get(CardsMessages.class, Localized.Literal.of(language.code()));
        this.names = new RecordsPageBuilder(language.locale(), zone);
        this.zone = zone;
        this.qrImages = qrImages;
        this.wallets = wallets;
    }

    /**
     * @param familyPack whether to offer the family pack: the signed-in guardian's own page, with linked children
     * @param platform the browser's platform: Apple Health is offered (first) on iOS and Google Wallet on Android, each
     *        only where it works; a browser that is neither (a desktop, or an iPad that says it is a Mac) is
     *        offered both
     */
    CardsPage page(Person viewer, Person person, IssuanceService.Cards cards, boolean familyPack,
            Platform platform) {
        boolean self = viewer.id.equals(person.id);
        List<CardsPage.CardItem> items = cards.cards().stream()
                .map(card -> item(person, cards.record(), card, platform)).toList();
        String revoked = IssuedCard.lastRevokedBefore(person.id)
                .map(before -> messages.revoked_notice(names.date(LocalDate.ofInstant(before, zone)))).orElse(null);
        return new CardsPage(person.id, self, self ? messages.title_self() : messages.title_child(Initials.of(person)),
                items, familyPack, platform == Platform.IOS, revoked);
    }

    private CardsPage.CardItem item(Person person, HealthRecord record, GroupCard issued, Platform platform) {
        Card card = issued.qr();
        String heading = names.heading(card.group());
        String base = "/people/" + person.id + "/cards/" + card.group().slug();
        String coverage = card.complete() ? null
                : messages.coverage(card.shown(), card.total(),
                        issued.fullHistory().map(full -> full.qrTexts().size()).orElse(0));
        CardsPage.FullHistory fullHistory = issued.fullHistory()
                .map(full -> new CardsPage.FullHistory(messages.full_history(full.total()),
                        codes(full, base, "?full=true", heading),
                        messages.download_file_full(full.total(), full.qrTexts().size())))
                .orElse(null);
        String fileLabel = fullHistory == null ? messages.download_file() : messages.download_file_recent(card.shown());
        String whichFile = fullHistory == null ? null : messages.which_file(card.shown(), card.total());
        String oneCodeUrl = card.complete() ? null
                : "/people/" + person.id + "/links/new?content=" + LinkContent.ALL_CARDS.name();
        return new CardsPage.CardItem(card.group().slug(), heading, coverage, codes(card, base, "", heading),
                platform == Platform.ANDROID ? null : wallets.apple(card),
                platform == Platform.IOS ? null : wallets.google(person, record, card, names, messages), fullHistory,
                oneCodeUrl, fileLabel, whichFile);
    }

    private List<CardsPage.Code> codes(Card card, String base, String query, String heading) {
        List<CardsPage.Code> codes = new ArrayList<>();
        int count = card.qrTexts().size();
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            QrCaption caption = QrCaption.of(number, count, heading, messages);
            codes.add(new CardsPage.Code(number, count, caption.label(), caption.alt(),
                    qrImages.dataUri(card.qrTexts().get(i), SCREEN_PIXELS_PER_MODULE),
                    base + "/qr-" + number + ".png" + query, base + "/qr-" + number + ".svg" + query));
        }
        return codes;
    }
}
