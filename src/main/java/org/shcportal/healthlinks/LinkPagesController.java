package org.shcportal.healthlinks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.GroupCard;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The resident's SMART Health Links: the list, the "share with one link" form, each link's page with its QR code,
 * web address, printable page and accesses, and stopping a link. The same access rule as the cards page: the
 * signed-in person's own links or a linked minor's; anything else, and a link of someone else, is "not found".
 */
@Path("/people/{personId}/links")
public class LinkPagesController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(LinkPages.ListPage page);

        static native TemplateInstance form(LinkPages.FormPage page);

        static native TemplateInstance show(LinkPages.LinkPage page);

        static native TemplateInstance deactivate(LinkPages.LinkPage page);
    }

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    HealthLinks links;

    @Inject
    IssuanceService issuance;

    @Inject
    LinkPrintout printout;

    @Inject
    RegistryConfig registry;

    @Inject
    RegistryCalendar calendar;

    @Inject
    HealthLinkConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance list(@RestPath long personId, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Locale locale = Language.of(headers).locale();
        return Templates.list(pages(locale).list(viewer, person, links.of(person), clock.instant())).setLocale(locale);
    }

    /** The empty form; {@code content} preselects what the link shares (the cards page's "one code" offer). */
    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance form(@RestPath long personId, @RestQuery String content, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Locale locale = Language.of(headers).locale();
        return Templates.form(pages(locale).form(viewer, person, LinkForm.empty(content), Map.of(), cards(person),
                config.passcodeAttempts(), access.hasGuardian(person))).setLocale(locale);
    }

    /** Makes the link and sends the browser to its page; bad input shows the form again (400) and makes nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response create(@RestPath long personId, @RestForm String content, @RestForm String card,
            @RestForm String passcode, @RestForm String expiry, @RestForm String label,
            @RestForm("stay-current") String stayCurrent, @RestForm("family-pack") String onFamilyPack,
            @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Locale locale = Language.of(headers).locale();
        LinkPages pages = pages(locale);
        boolean packable = access.hasGuardian(person);
        LinkForm form = new LinkForm(content, card, passcode, expiry, label, stayCurrent != null,
                packable && onFamilyPack != null);
        List<CardGroup> cards = cards(person);
        Map<LinkForm.Field, String> errors = form.errors(pages.messages(), pages.rules(), cards);
        if (!errors.isEmpty()) {
            return refused(pages.form(viewer, person, form, errors, cards, config.passcodeAttempts(), packable),
                    locale);
        }
        try {
            CreatedLink created = links.create(person, viewer, form.request(cards));
            return Response.seeOther(URI.create("/people/" + person.id + "/links/" + created.link().id)).build();
        } catch (LinkRequestException refusal) {
            Map<LinkForm.Field, String> refused = Map.of(LinkForm.Field.of(refusal.problem()),
                    refusal.message(pages.rules()));
            return refused(pages.form(viewer, person, form, refused, cards, config.passcodeAttempts(), packable),
                    locale);
        }
    }

    /** A link's page: its code and address while it works, what it shares, and who opened it. */
    @GET
    @Path("/{linkId}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance show(@RestPath long personId, @RestPath long linkId, @RestQuery String stopped,
            @Context HttpHeaders headers) {
        Person person = access.viewable(signedIn.person(), personId);
        HealthLink link = links.find(person, linkId).orElseThrow(NotFoundException::new);
        Locale locale = Language.of(headers).locale();
        boolean active = link.state(clock.instant()) == LinkState.ACTIVE;
        String viewerUrl = active ? links.viewerUrl(link) : null;
        String qr = active ? new LinkQrCode(viewerUrl).dataUri(LinkQrCode.SCREEN_PIXELS_PER_MODULE) : null;
        return Templates.show(pages(locale).link(person, link, links.accesses(link), viewerUrl, qr, stopped != null,
                access.hasGuardian(person), clock.instant())).setLocale(locale);
    }

    /** The link's QR code as a PNG; audited like a card's download, since it opens the cards. */
    @GET
    @Path("/{linkId}/qr.png")
    @Transactional
    public Response png(@RestPath long personId, @RestPath long linkId) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        LinkQrCode code = new LinkQrCode(links.viewerUrl(working(person, linkId)));
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "link png " + linkId);
        return download(code.png(LinkQrCode.PRINT_PIXELS_PER_MODULE), "image/png",
                DownloadNames.of(person, calendar.today(), "link-" + linkId, ".png"));
    }

    @GET
    @Path("/{linkId}/qr.svg")
    @Transactional
    public Response svg(@RestPath long personId, @RestPath long linkId) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        LinkQrCode code = new LinkQrCode(links.viewerUrl(working(person, linkId)));
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "link svg " + linkId);
        return download(code.svg().getBytes(StandardCharsets.UTF_8), "image/svg+xml",
                DownloadNames.of(person, calendar.today(), "link-" + linkId, ".svg"));
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

    /** The question before stopping a link: it cannot be undone. */
    @GET
    @Path("/{linkId}/deactivate")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance confirmDeactivation(@RestPath long personId, @RestPath long linkId,
            @Context HttpHeaders headers) {
        Person person = access.viewable(signedIn.person(), personId);
        HealthLink link = links.find(person, linkId).orElseThrow(NotFoundException::new);
        Locale locale = Language.of(headers).locale();
        return Templates.deactivate(pages(locale).link(person, link, List.of(), null, null, false, false,
                clock.instant())).setLocale(locale);
    }

    /** Stops the link at once (again, for a link already stopped: nothing changes) and shows its page. */
    @POST
    @Path("/{linkId}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response deactivate(@RestPath long personId, @RestPath long linkId) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        HealthLink link = links.find(person, linkId).orElseThrow(NotFoundException::new);
        links.deactivate(person, link.id, viewer);
        return Response.seeOther(URI.create("/people/" + person.id + "/links/" + link.id + "?stopped=1")).build();
    }

    /**
     * Prints a working link on the family pack of the person's guardian, or no longer (the box unticked), and shows
     * its page. Offered only for a person in a family pack; for anyone else, or a link that no longer works, 404.
     */
    @POST
    @Path("/{linkId}/family-pack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response familyPack(@RestPath long personId, @RestPath long linkId,
            @RestForm("family-pack") String onFamilyPack) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        HealthLink link = working(person, linkId);
        if (!access.hasGuardian(person)) {
            throw new NotFoundException();
        }
        links.printOnFamilyPack(person, link.id, onFamilyPack != null, viewer);
        return Response.seeOther(URI.create("/people/" + person.id + "/links/" + link.id)).build();
    }

    /** A link of the person that still works; a link that no longer works has no code to give out. */
    private HealthLink working(Person person, long linkId) {
        return links.find(person, linkId).filter(link -> link.state(clock.instant()) == LinkState.ACTIVE)
                .orElseThrow(NotFoundException::new);
    }

    /** The person's cards, in the order of the cards page. */
    private List<CardGroup> cards(Person person) {
        return issuance.of(person).stream().map(GroupCard::group).toList();
    }

    private LinkPages pages(Locale locale) {
        return new LinkPages(locale, registry.timeZone());
    }

    private static Response refused(LinkPages.FormPage page, Locale locale) {
        String html = Templates.form(page).setLocale(locale).render();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }

    /** A file the browser saves, kept by no cache between (it opens health data). */
    private static Response download(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
