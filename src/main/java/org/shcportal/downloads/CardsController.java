package org.shcportal.downloads;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.shcportal.cards.HealthCardFile;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.printouts.QrImages;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.wallet.Platform;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A person's cards: each card's QR code on screen and its downloads — the {@code .smart-health-card} file, the QR
 * code as PNG and SVG, the wallet links; the printable cards are {@link CardPdfController}'s. The same access rule as
 * the records: the signed-in person's own cards or a linked minor's; anything else is "not found".
 */
@Path("/people/{personId}/cards")
public class CardsController {

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
    CardFinder finder;

    @Inject
    AuditLog audit;

    @Inject
    RegistryConfig registry;

    @Inject
    RegistryCalendar calendar;

    @Inject
    QrImages qrImages;

    @Inject
    WalletLinks wallets;

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
        boolean familyPack = viewer.id.equals(person.id) && !access.childrenOf(viewer).isEmpty();
        CardsPage view = new CardsPageBuilder(language, registry.timeZone(), qrImages, wallets).page(viewer, person,
                cards, familyPack, Platform.of(userAgent));
        return Templates.show(view).setLocale(language.locale());
    }

    @GET
    @Path("{slug}.smart-health-card")
    @Transactional
    public Response file(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @QueryParam("full") boolean full) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Card card = finder.card(person, slug, full);
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
        List<String> jwsList = finder.allJws(person);
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "file all");
        return Attachment.of(HealthCardFile.of(jwsList), HealthCardFile.MEDIA_TYPE,
                DownloadNames.of(person, calendar.today(), "all-cards", HealthCardFile.EXTENSION));
    }

    @GET
    @Path("{slug}/qr-{number}.png")
    @Transactional
    public Response png(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @PathParam("number") int number, @QueryParam("full") boolean full) {
        return qrImage(personId, slug, number, full, QrDownload.PNG);
    }

    @GET
    @Path("{slug}/qr-{number}.svg")
    @Transactional
    public Response svg(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @PathParam("number") int number, @QueryParam("full") boolean full) {
        return qrImage(personId, slug, number, full, QrDownload.SVG);
    }

    private Response qrImage(long personId, String slug, int number, boolean full, QrDownload format) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        byte[] image = format.image(CardFinder.qrText(finder.card(person, slug, full), number), qrImages);
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id,
                format.code() + " " + slug + (full ? " full" : ""));
        return Attachment.of(image, format.mediaType,
                DownloadNames.of(person, calendar.today(), slug + "-qr-" + number, format.extension()));
    }
}
