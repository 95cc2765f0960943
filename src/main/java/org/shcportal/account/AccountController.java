package org.shcportal.account;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

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
import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.AuditLog;
import org.shcportal.guardians.GuardianConfig;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.registry.Initials;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The signed-in resident's home: their records, their children's, their access history. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountController {

    /** A linked child as the account page lists it: initials only. */
    public record ChildLink(long personId, String initials, String born) {
    }

    /** The newest events a history page shows. */
    private static final int HISTORY_LENGTH = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Person person, List<ChildLink> children, int ageOfMajority,
                boolean recordChangeNotices, boolean saved);

        static native TemplateInstance history(List<AccessHistory.Entry> entries);
    }

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    GuardianConfig guardians;

    @Inject
    RegistryConfig registry;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    public TemplateInstance index(@RestQuery String saved, @Context HttpHeaders headers) {
        Person person = signedIn.person();
        Language language = Language.of(headers);
        DateTimeFormatter born = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        List<ChildLink> children = access.childrenOf(person).stream()
                .map(child -> new ChildLink(child.id, Initials.of(child), born.format(child.birthDate))).toList();
        return Templates.index(person, children, guardians.ageOfMajority(),
                AccountSetting.wantsRecordChangeNotices(person.id), saved != null).setLocale(language.locale());
    }

    /**
     * Turns the "your record changed" notice on (the box ticked) or off (no box sent, as a browser sends an unticked
     * box), then shows the account page again with a confirmation.
     */
    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveSettings(@RestForm("record-change-notices") String recordChangeNotices) {
        Person person = signedIn.person();
        AccountSetting.setRecordChangeNotices(person.id, recordChangeNotices != null);
        return Response.seeOther(URI.create("/account?saved=1")).build();
    }

    @GET
    @Path("history")
    @Transactional
    public TemplateInstance history(@Context HttpHeaders headers) {
        Person person = signedIn.person();
        audit.record(AuditAction.ACCESS_HISTORY_VIEWED, Actor.resident(person.id), person.id);
        Language language = Language.of(headers);
        AccountMessages messages = MessageBundles.get(AccountMessages.class, Localized.Literal.of(language.code()));
        List<AccessHistory.Entry> entries = AccessHistory.of(person,
                AuditEvent.listConcerning(person.id, HISTORY_LENGTH), messages, language.locale(),
                registry.timeZone());
        return Templates.history(entries).setLocale(language.locale());
    }
}
