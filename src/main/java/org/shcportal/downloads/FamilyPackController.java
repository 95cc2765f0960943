package org.shcportal.downloads;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.healthlinks.HealthLinks;
import org.shcportal.printouts.DownloadNames;
import org.shcportal.printouts.ImmunizationRecord;
import org.shcportal.registry.Person;
import org.shcportal.signin.SignedInResident;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;

/**
 * A guardian's family pack: each linked minor's immunization record followed by their cards' QR codes and the
 * code of each working SMART Health Link chosen to be printed on it, a section per child, in one PDF. Only the
 * signed-in guardian's own family: any other id is "not found".
 */
@Path("/people/{personId}/family.pdf")
public class FamilyPackController {

    @Inject
    SignedInResident signedIn;

    @Inject
    PersonAccess access;

    @Inject
    CardFinder finder;

    @Inject
    ImmunizationRecord records;

    @Inject
    HealthLinks links;

    @Inject
    AuditLog audit;

    @Inject
    RegistryCalendar calendar;

    @GET
    @Transactional
    public Response pdf(@PathParam("personId") long personId, @Context HttpHeaders headers) {
        Person guardian = signedIn.person();
        if (guardian.id != personId) {
            throw new NotFoundException();
        }
        Language language = Language.of(headers);
        List<ImmunizationRecord.Entry> children = new ArrayList<>();
        for (Person child : access.childrenOf(guardian)) {
            children.add(withLinks(finder.recordOf(child), language));
            audit.record(AuditAction.CARD_DOWNLOADED, Actor.resident(guardian.id), child.id, "family pack pdf");
        }
        if (children.isEmpty()) {
            throw new NotFoundException();
        }
        byte[] pdf = records.pdf(children, language, records.familyTitle(guardian, language));
        return Attachment.pdf(pdf, DownloadNames.of(guardian, calendar.today(), "family-pack", ".pdf"));
    }

    /** The child's record with the codes of the working links chosen to be printed on the pack. */
    private ImmunizationRecord.Entry withLinks(ImmunizationRecord.Entry entry, Language language) {
        List<ImmunizationRecord.LinkCode> codes = links.onFamilyPack(entry.person(), language.locale()).stream()
                .map(link -> new ImmunizationRecord.LinkCode(link.title(), link.caption(), link.qrDataUri()))
                .toList();
        return new ImmunizationRecord.Entry(entry.person(), entry.record(), entry.cards(), codes);
    }
}
