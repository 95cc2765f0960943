package org.shcportal.downloads;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.printouts.ImmunizationRecord;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;

/**
 * One person's immunization record to print, with their cards' QR codes after it. The same access rule as the cards:
 * the signed-in person's own record or a linked minor's; anything else is "not found".
 */
@Path("/people/{personId}/record.pdf")
public class RecordPdfController {

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    CardFinder finder;

    @Inject
    ImmunizationRecord records;

    @Inject
    AuditLog audit;

    @Inject
    RegistryCalendar calendar;

    @GET
    @Transactional
    public Response pdf(@PathParam("personId") long personId, @Context HttpHeaders headers) {
        Person viewer = signedIn.person();
        Person person = access.viewable(viewer, personId);
        Language language = Language.of(headers);
        byte[] pdf = records.pdf(List.of(finder.recordOf(person)), language, records.title(person, language));
        audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(viewer.id), person.id, "record pdf");
        return Attachment.pdf(pdf, DownloadNames.of(person, calendar.today(), "immunization-record", ".pdf"));
    }
}
