package org.shcportal.downloads;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.cards.Card;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthCardFile;
import org.shcportal.cards.HealthRecord;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.printouts.CardPrintouts;
import org.shcportal.printouts.CardsMessages;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.printouts.QrImages;
import org.shcportal.qr.QrSvg;
import org.shcportal.qr.QrSymbol;
import org.shcportal.records.RecordsPage;
import org.shcportal.records.RecordsPageBuilder;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.wallet.AppleHealthLink;
import org.shcportal.wallet.GoogleWalletPass;
import org.shcportal.wallet.Platform;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A person's cards: each card's QR code on screen and its downloads — the
 * {@code .smart-health-card} file, the QR code as PNG and SVG, the Apple Health link. The same access rule as the
 * records: the signed-in person's own cards or a linked minor's; anything else is "not found".
 */
@Path("/people/{personId}/cards")
public class CardsController {

    /** On screen a module of 4 px keeps a version-22 code (113 modules with its quiet zone) under 460 px. */
    private static final int SCREEN_PIXELS_PER_MODULE = 4;
    /** Downloaded PNGs are big enough to print sharply at 40 mm and more. */
    private static final int DOWNLOAD_PIXELS_PER_MODULE = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(CardsPage view);
    }

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    IssuanceService personCards;

    @Inject
    RegistryConfig registry;

    @Inject
    AuditLog audit;

    @Inject
    RegistryCalendar calendar;

    @Inject
    CardPrintouts printouts;

    @Inject
    Optional<GoogleWalletPass> googleWallet;

    @Inject
    QrImages qrImages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance show(@PathParam("personId") long personId, @HeaderParam("User-Agent") String userAgent,
            @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Language language = Language.of(headers);
        IssuanceService.Cards cards = personCards.withRecord(person);
        audit.record(AuditAction.CARDS_VIEWED, Actor.resident(viewer.id), person.id);
        CardsMessages messages = MessageBundles.get(CardsMessages.class, Localized.Literal.of(language.code()));
        RecordsPageBuilder names = new RecordsPageBuilder(language.locale(), registry.timeZone());
        List<CardsPage.CardItem> items = cards.cards().stream()
                .map(card -> item(person, cards.record(), card, messages, names)).toList();
        boolean self = viewer.id.equals(person.id);
        CardsPage view = new CardsPage(person.id, self,
                self ? messages.title_self() : messages.title_child(Initials.of(person)), items,
                self && !access.childrenOf(viewer).isEmpty(), Platform.of(userAgent) == Platform.IOS);
        return Templates.show(view).setLocale(language.locale());
    }

    @GET
    @Path("{slug}.smart-health-card")
    @Transactional
    public Response file(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @QueryParam("full") boolean full) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Card card = card(person, slug, full);
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id,
                "file " + slug + (full ? " full" : ""));
        return Attachment.of(HealthCardFile.of(List.of(card.jws())), HealthCardFile.MEDIA_TYPE,
                DownloadNames.of(person, calendar.today(), slug + (full ? "-full" : ""), HealthCardFile.EXTENSION));
    }

    @GET
    @Path("all.smart-health-card")
    @Transactional
    public Response allFile(@PathParam("personId") long personId) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        List<String> jwsList = personCards.of(person).stream().map(card -> card.qr().jws()).toList();
        if (jwsList.isEmpty()) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "file all");
        return Attachment.of(HealthCardFile.of(jwsList), HealthCardFile.MEDIA_TYPE,
                DownloadNames.of(person, calendar.today(), "all-cards", HealthCardFile.EXTENSION));
    }

    @GET
    @Path("{slug}/qr-{number}.png")
    @Transactional
    public Response png(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @PathParam("number") int number, @QueryParam("full") boolean full) {
        return qrImage(personId, slug, number, full, QrImage.PNG);
    }

    @GET
    @Path("{slug}/qr-{number}.svg")
    @Transactional
    public Response svg(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @PathParam("number") int number, @QueryParam("full") boolean full) {
        return qrImage(personId, slug, number, full, QrImage.SVG);
    }

    /** The two picture formats of a QR code download. */
    private enum QrImage {
        PNG("image/png"),
        SVG("image/svg+xml");

        final String mediaType;

        QrImage(String mediaType) {
            this.mediaType = mediaType;
        }

        String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    private Response qrImage(long personId, String slug, int number, boolean full, QrImage format) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        String text = qrText(card(person, slug, full), number);
        byte[] image = format == QrImage.PNG ? qrImages.png(text, DOWNLOAD_PIXELS_PER_MODULE)
                : QrSvg.render(QrSymbol.encode(text)).getBytes(StandardCharsets.UTF_8);
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id,
                format.extension().substring(1) + " " + slug);
        return Attachment.of(image, format.mediaType,
                DownloadNames.of(person, calendar.today(), slug + "-qr-" + number, format.extension()));
    }

    @GET
    @Path("{slug}.pdf")
    @Transactional
    public Response pdf(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @QueryParam("layout") String layout, @QueryParam("full") boolean full, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        boolean wallet = "wallet".equals(layout);
        List<CardPrintouts.PrintedCard> printed = printed(person, slug, full, wallet);
        Language language = Language.of(headers);
        CardGroup group = printed.get(0).card().group();
        byte[] pdf = printouts.pdf(printed, language, wallet, printouts.title(person, group, language));
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id,
                (wallet ? "wallet pdf " : "pdf ") + slug);
        return Attachment.of(pdf, "application/pdf",
                DownloadNames.of(person, calendar.today(), slug + (wallet ? "-wallet" : full ? "-full" : ""), ".pdf"));
    }

    /** The printable page, from the same template as the PDF: for a browser's own printing. */
    @GET
    @Path("{slug}/print")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public String print(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @QueryParam("full") boolean full, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        List<CardPrintouts.PrintedCard> printed = printed(person, slug, full, false);
        Language language = Language.of(headers);
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "print " + slug);
        return printouts.xhtml(printed, language, false,
                printouts.title(person, printed.get(0).card().group(), language));
    }

    /** The single-code card, then its full history when it has one; only the single-code card for a wallet card. */
    private List<CardPrintouts.PrintedCard> printed(Person person, String slug, boolean full, boolean wallet) {
        CardGroup group = CardGroups.bySlug(slug).orElseThrow(NotFoundException::new);
        IssuanceService.Cards cards = personCards.withRecord(person);
        GroupCard issued = cards.cards().stream().filter(card -> card.group() == group).findFirst()
                .orElseThrow(NotFoundException::new);
        if (full) {
            return List.of(new CardPrintouts.PrintedCard(person, cards.record(),
                    issued.fullHistory().orElseThrow(NotFoundException::new)));
        }
        List<CardPrintouts.PrintedCard> printed = new ArrayList<>();
        printed.add(new CardPrintouts.PrintedCard(person, cards.record(), issued.qr()));
        if (!wallet) {
            issued.fullHistory().ifPresent(
                    history -> printed.add(new CardPrintouts.PrintedCard(person, cards.record(), history)));
        }
        return printed;
    }

    private CardsPage.CardItem item(Person person, HealthRecord record, GroupCard issued, CardsMessages messages,
            RecordsPageBuilder names) {
        Card card = issued.qr();
        String heading = names.heading(card.group());
        String base = "/people/" + person.id + "/cards/" + card.group().slug();
        String coverage = card.complete() ? null
                : messages.coverage(card.shown(), card.total(),
                        issued.fullHistory().map(full -> full.qrTexts().size()).orElse(0));
        String apple = card.chunked() ? null : AppleHealthLink.of(card.qrTexts().get(0));
        String google = card.chunked() ? null
                : googleWallet.map(wallet -> wallet.saveUrl(pass(person, record, card, heading, names, messages))).orElse(null);
        CardsPage.FullHistory fullHistory = issued.fullHistory()
                .map(full -> new CardsPage.FullHistory(messages.full_history(full.total()),
                        codes(full, base, "?full=true", heading, messages)))
                .orElse(null);
        return new CardsPage.CardItem(card.group().slug(), heading, coverage, codes(card, base, "", heading, messages),
                apple, google, fullHistory);
    }

    /** The Google Wallet pass of a one-code card: the card's QR text, the person, and a line per dose or result. */
    private GoogleWalletPass.Pass pass(Person person, HealthRecord record, Card card, String heading,
            RecordsPageBuilder names, CardsMessages messages) {
        List<GoogleWalletPass.Row> rows = new ArrayList<>();
        record.dosesByCard().getOrDefault(card.group(), List.of()).forEach(dose -> {
            RecordsPage.Dose shown = names.dose(dose);
            rows.add(new GoogleWalletPass.Row(shown.vaccine(), shown.date() + " · " + shown.lot() + " · " + shown.where()));
        });
        record.labsByCard().getOrDefault(card.group(), List.of()).forEach(lab -> {
            RecordsPage.Lab shown = names.lab(lab);
            rows.add(new GoogleWalletPass.Row(shown.test(), shown.date() + " · " + shown.result()));
        });
        return new GoogleWalletPass.Pass(card.qrTexts().get(0), registry.name(), heading, person.fullName(),
                messages.print_birth_date(), person.birthDate, rows, names.locale());
    }

    private List<CardsPage.Code> codes(Card card, String base, String query, String heading,
            CardsMessages messages) {
        List<CardsPage.Code> codes = new ArrayList<>();
        int count = card.qrTexts().size();
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            String alt = count == 1 ? messages.qr_alt(heading) : messages.qr_alt_chunk(number, count, heading);
            codes.add(new CardsPage.Code(number, count, count == 1 ? null : messages.chunk_label(number, count), alt,
                    qrImages.dataUri(card.qrTexts().get(i), SCREEN_PIXELS_PER_MODULE),
                    base + "/qr-" + number + ".png" + query, base + "/qr-" + number + ".svg" + query));
        }
        return codes;
    }

    private Card card(Person person, String slug, boolean full) {
        CardGroup group = CardGroups.bySlug(slug).orElseThrow(NotFoundException::new);
        GroupCard issued = personCards.of(person, group).orElseThrow(NotFoundException::new);
        return full ? issued.fullHistory().orElseThrow(NotFoundException::new) : issued.qr();
    }

    private static String qrText(Card card, int number) {
        if (number < 1 || number > card.qrTexts().size()) {
            throw new NotFoundException();
        }
        return card.qrTexts().get(number - 1);
    }
}
