package org.shcportal.healthlinks;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;

/**
 * A working link's code to save or print: its QR code as PNG and SVG and its printable page as a PDF. Each is
 * audited like a card's download, since the code opens the cards; a link that no longer works has no code to give
 * out ("not found"), and neither has a link of someone else.
 */
@Path("/people/{personId}/links")
public class LinkCodeController {

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    HealthLinks links;

    @Inject
    LinkPrintout printout;

    @Inject
    RegistryCalendar calendar;

    @Inject
    AuditLog audit;

    @GET
    @Path("/{linkId}/qr.png")
    @Transactional
    public Response png(@RestPath long personId, @RestPath long linkId) {
        return code(personId, linkId, "png", "image/png", code -> code.png(LinkQrCode.PRINT_PIXELS_PER_MODULE));
    }

    @GET
    @Path("/{linkId}/qr.svg")
    @Transactional
    public Response svg(@RestPath long personId, @RestPath long linkId) {
        return code(personId, linkId, "svg", "image/svg+xml", code -> code.svg().getBytes(StandardCharsets.UTF_8));
    }

    /** The link's QR code as an image file; audited like a card's download, since it opens the cards. */
    private Response code(long personId, long linkId, String format, String mediaType,
            Function<LinkQrCode, byte[]> image) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        LinkQrCode code = new LinkQrCode(links.viewerUrl(working(person, linkId)));
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "link " + format + " " + linkId);
        return download(image.apply(code), mediaType,
                DownloadNames.of(person, calendar.today(), "link-" + linkId, "." + format));
    }

    /** The link's printable page, as a tagged PDF like the cards'. */
    @GET
    @Path("/{linkId}.pdf")
    @Transactional
    public Response pdf(@RestPath long personId, @RestPath long linkId, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        HealthLink link = working(person, linkId);
        byte[] pdf = printout.pdf(person, link, new LinkQrCode(links.viewerUrl(link)), Language.of(headers));
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "link pdf " + linkId);
        return download(pdf, "application/pdf", DownloadNames.of(person, calendar.today(), "link-" + linkId, ".pdf"));
    }

    /** A link of the person that still works; a link that no longer works has no code to give out. */
    private HealthLink working(Person person, long linkId) {
        return links.findWorking(person, linkId).orElseThrow(NotFoundException::new);
    }

    /** A file the browser saves, kept by no cache between (it opens health data). */
    private static Response download(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
