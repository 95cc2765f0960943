package org.shcportal.healthlinks;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.shcportal.cards.CardGroup;
import org.shcportal.cards.GroupCard;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The resident's SMART Health Links: the list and the "share with one link" form that makes one. A link's own page
 * and stopping it are {@link LinkController}'s, its code and printable page {@link LinkCodeController}'s. The same
 * access rule as the cards page: the signed-in person's own links or a linked minor's; anything else, and a link of
 * someone else, is "not found".
 */
@Path("/people/{personId}/links")
public class LinkPagesController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(LinkPages.ListPage page);

        static native TemplateInstance form(LinkPages.FormPage page);
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
    RegistryConfig registry;

    @Inject
    HealthLinkConfig config;

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
}
