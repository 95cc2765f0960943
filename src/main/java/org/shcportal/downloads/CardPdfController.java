package org.shcportal.downloads;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
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
import org.shcportal.guardians.PersonAccess;
import org.shcportal.printouts.CardPrintouts;
import org.shcportal.printouts.CardPrintouts.PrintedCard;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;

/**
 * A card to print: the PDF (full page or wallet-size fold card) and the printable page for a browser's own printing,
 * both from the printouts' one template. The same access rule as the cards page, at the same URLs
 * ({@code /people/{personId}/cards/…}).
 */
@Path("/people/{personId}/cards")
public class CardPdfController {

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    CardFinder finder;

    @Inject
    CardPrintouts printouts;

    @Inject
    AuditLog audit;

    @Inject
    RegistryCalendar calendar;

    @GET
    @Path("{slug}.pdf")
    @Transactional
    public Response pdf(@PathParam("personId") long personId, @PathParam("slug") String slug,
            @QueryParam("layout") String layout, @QueryParam("full") boolean full, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        boolean wallet = "wallet".equals(layout);
        List<PrintedCard> printed = finder.printed(person, slug, full, wallet);
        Language language = Language.of(headers);
        byte[] pdf = printouts.pdf(printed, language, wallet,
                printouts.title(person, printed.get(0).card().group(), language));
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id,
                (wallet ? "wallet pdf " : "pdf ") + slug + (full ? " full" : ""));
        return Attachment.pdf(pdf,
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
        List<PrintedCard> printed = finder.printed(person, slug, full, false);
        Language language = Language.of(headers);
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id,
                "print " + slug + (full ? " full" : ""));
        return printouts.xhtml(printed, language, false,
                printouts.title(person, printed.get(0).card().group(), language));
    }
}
