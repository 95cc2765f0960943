package org.shcportal.healthlinks;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

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
import org.shcportal.guardians.PersonAccess;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One of the resident's SMART Health Links: its page with its QR code, web address, what it shares and who opened
 * it, stopping it, and choosing it for the family pack. The access rule of {@link LinkPagesController}: a link of
 * someone else is "not found".
 */
@Path("/people/{personId}/links")
public class LinkController {

    @CheckedTemplate
    static class Templates {
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
    RegistryConfig registry;

    @Inject
    Clock clock;

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
        HealthLink link = links.findWorking(person, linkId).orElseThrow(NotFoundException::new);
        if (!access.hasGuardian(person)) {
            throw new NotFoundException();
        }
        links.printOnFamilyPack(person, link.id, onFamilyPack != null, viewer);
        return Response.seeOther(URI.create("/people/" + person.id + "/links/" + link.id)).build();
    }

    private LinkPages pages(Locale locale) {
        return new LinkPages(locale, registry.timeZone());
    }
}
