package org.shcportal.approvals;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Changes awaiting approval: everyone who may ask for a change sees the queue; a supervisor
 * approves or denies the requests of others, never their own.
 */
@Path("/helpdesk/changes")
@Produces(MediaType.TEXT_HTML)
public class ChangeQueueController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ChangeQueuePage page);
    }

    @Inject
    SignedInStaff staff;

    @Inject
    ChangeDecisions decisions;

    @Inject
    ConsoleTimes times;

    @GET
    @Transactional
    public TemplateInstance queue(@RestQuery String done) {
        return Templates.queue(new ChangeQueuePageBuilder(times).page(account(), done));
    }

    @POST
    @Path("{requestId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response approve(@RestPath long requestId, @RestForm String note) {
        return decide(requestId, true, note);
    }

    @POST
    @Path("{requestId}/deny")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response deny(@RestPath long requestId, @RestForm String note) {
        return decide(requestId, false, note);
    }

    private Response decide(long requestId, boolean approve, String note) {
        StaffAccount account = staff.require(StaffPermission.APPROVE_CHANGE);
        Optional<ChangeDecisions.Refusal> refusal = decisions.decide(requestId, approve, note, staff.actor());
        if (refusal.isEmpty()) {
            return Response.seeOther(URI.create("/helpdesk/changes?done=" + (approve ? "approved" : "denied"))).build();
        }
        Response.Status status = switch (refusal.get()) {
            case OWN_REQUEST -> Response.Status.FORBIDDEN;
            case NOTE_NEEDED, NOTE_TOO_LONG -> Response.Status.BAD_REQUEST;
            case ALREADY_DECIDED, GUARDIAN_GONE, NOT_A_MINOR -> Response.Status.CONFLICT;
        };
        String page = Templates.queue(new ChangeQueuePageBuilder(times).refused(account, requestId, refusal.get()))
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** The queue for roles that ask for changes or decide them; a 403 for others. */
    private StaffAccount account() {
        StaffAccount account = staff.account();
        if (!account.may(StaffPermission.APPROVE_CHANGE)) {
            staff.require(StaffPermission.REQUEST_CHANGE);
        }
        return account;
    }
}
