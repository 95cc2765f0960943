package org.shcportal.corrections;

import java.net.URI;
import java.time.Clock;
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
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * "Something missing or wrong?": a resident reports a problem in their record or their child's,
 * the registry team works it as a case, and the resident sees its status on the records page. Someone else's record
 * is "not found", like a page that does not exist.
 */
@Path("/people/{personId}/corrections")
public class CorrectionController {

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CorrectionsConfig config;

    @Inject
    RegistryConfig registry;

    @Inject
    Clock clock;

    @Inject
    RegistryCalendar calendar;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CorrectionPageBuilder.FormPage page);

        static native TemplateInstance sent(CorrectionPageBuilder.SentPage page, int reviewDays);
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance form(@RestPath long personId, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Locale locale = Language.of(headers).locale();
        return Templates.form(pages(locale).form(viewer, person, CorrectionForm.empty(), Map.of(), calendar.today()))
                .setLocale(locale);
    }

    /** Stores a valid request and sends the browser to its confirmation; an invalid one changes nothing (400). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response submit(@RestPath long personId, @RestForm String kind, @RestForm String description,
            @RestForm("dose-date") String doseDate, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Locale locale = Language.of(headers).locale();
        CorrectionForm form = new CorrectionForm(kind, description, doseDate);
        Map<CorrectionForm.Field, String> errors = form.errors(CorrectionLabels.messages(locale), person.birthDate,
                calendar.today());
        if (!errors.isEmpty()) {
            String page = Templates.form(pages(locale).form(viewer, person, form, errors, calendar.today())).setLocale(locale)
                    .render();
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page).build();
        }
        CorrectionRequest request = new CorrectionRequest();
        request.person = person;
        request.requestedBy = viewer;
        request.kind = form.chosenKind().orElseThrow();
        request.description = form.cleanDescription();
        request.doseDate = form.chosenDoseDate().orElse(null);
        request.status = CorrectionRequest.Status.OPEN;
        request.createdAt = clock.instant();
        request.updatedAt = request.createdAt;
        request.persist();
        audit.record(AuditAction.CORRECTION_REQUESTED, Actor.resident(viewer.id), person.id);
        return Response.seeOther(URI.create("/people/" + person.id + "/corrections/" + request.id)).build();
    }

    /** The confirmation, for the resident who sent the request: what happens next. */
    @GET
    @Path("/{requestId}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance sent(@RestPath long personId, @RestPath long requestId, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        CorrectionRequest request = CorrectionRequest.findSentBy(requestId, person, viewer)
                .orElseThrow(NotFoundException::new);
        Locale locale = Language.of(headers).locale();
        return Templates.sent(pages(locale).sent(viewer, person, request), config.reviewDays()).setLocale(locale);
    }

    private CorrectionPageBuilder pages(Locale locale) {
        return new CorrectionPageBuilder(locale, registry.timeZone());
    }

}
