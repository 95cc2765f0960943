package org.shcportal.helpdesk;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The audit search for supervisors and admins: who did what with whose
 * record, why and when, newest first, {@value #PAGE_SIZE} to a page. Every search is itself audited; a search about
 * one person is recorded on that person's record, so their access history shows that someone looked.
 */
@Path("/helpdesk/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditSearchController {

    static final int PAGE_SIZE = 50;
    /** Deeper than anyone pages by hand (a million events); a narrower filter finds older events faster. */
    private static final int MAX_PAGE = 20_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(AuditSearchPage page);
    }

    @Inject
    SignedInStaff signedIn;

    @Inject
    AuditLog audit;

    @Inject
    ConsoleTimes times;

    @Inject
    RegistryConfig registry;

    @GET
    @Transactional
    public Response search(@RestQuery String staff, @RestQuery String subject, @RestQuery String action,
            @RestQuery String from, @RestQuery String to, @RestQuery("staff-only") String staffOnly,
            @RestQuery String page) {
        signedIn.require(StaffPermission.SEARCH_AUDIT);
        AuditFilter filter = AuditFilter.of(new AuditFilter.Input(staff, subject, action, from, to,
                staffOnly != null && !staffOnly.isEmpty()));
        AuditSearchPageBuilder pages = new AuditSearchPageBuilder(times);
        if (!filter.isValid()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.search(pages.refused(filter)))
                    .build();
        }
        int pageNumber = pageNumber(page);
        AuditSearch.Found found = AuditSearch.find(filter, registry.timeZone(), pageNumber, PAGE_SIZE);
        audit.record(AuditAction.STAFF_AUDIT_SEARCHED, signedIn.actor(),
                filter.subject().map(person -> person.id).orElse(null));
        return Response.ok(Templates.search(pages.results(filter, found, pageNumber))).build();
    }

    /** The page asked for; anything but a number from 1 to {@link #MAX_PAGE} is the first or the last page. */
    private static int pageNumber(String page) {
        try {
            return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(page == null ? "1" : page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
