package org.shcportal.records;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.cards.CardContents;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.IssuerSettings;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonRecords;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * "My records": a person's vaccines by disease and lab results, grouped as their cards group them,
 * what a card carries, and the person's correction requests. The signed-in resident sees their own records and
 * their children's; anyone else's are "not found", like a page that does not exist. Every view is audited.
 */
@Path("/people")
public class RecordsController {

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    PersonRecords personRecords;

    @Inject
    AuditLog audit;

    @Inject
    IssuerSettings issuer;

    @Inject
    RegistryConfig registry;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(RecordsPage page);
    }

    @GET
    @Path("/{personId}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance show(@RestPath long personId, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        HealthRecord record = personRecords.of(person);
        Locale locale = Language.of(headers).locale();
        RecordsPage page = new RecordsPageBuilder(locale, registry.timeZone()).view(viewer, person, record,
                CardContents.of(record, issuer), CorrectionRequest.listForPerson(person), registry.name(),
                issuer.iss());
        audit.record(AuditAction.RECORDS_VIEWED, Actor.resident(viewer.id), person.id);
        return Templates.show(page).setLocale(locale);
    }
}
