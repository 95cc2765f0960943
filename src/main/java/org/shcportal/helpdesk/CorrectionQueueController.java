package org.shcportal.helpdesk;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.corrections.CorrectionForm;
import org.shcportal.corrections.CorrectionNote;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The correction request queue of the help desk: the requests still to do first, oldest first; a
 * request with the resident's description, notes, assignment, "being reviewed" and closing with an outcome. Bad
 * input changes nothing and comes back with a message at its field.
 */
@Path("/helpdesk/corrections")
@Produces(MediaType.TEXT_HTML)
public class CorrectionQueueController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(CorrectionQueuePage queue);

        static native TemplateInstance request(CorrectionCasePage page);
    }

    @Inject
    SignedInStaff staff;

    @Inject
    CorrectionCases cases;

    @Inject
    ConsoleTimes times;

    @GET
    @Transactional
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("mine") String mine) {
        StaffAccount account = staff.require(StaffPermission.WORK_CORRECTIONS);
        boolean onlyMine = mine != null && !mine.isBlank();
        return Templates.queue(new CorrectionQueuePageBuilder(times).queue(status(status),
                onlyMine ? account.username : null));
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response request(@PathParam("id") long id, @QueryParam("done") String done) {
        return page(Response.Status.OK, id, done, new FormErrors(), null, null);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addNote(@PathParam("id") long id, @FormParam("note") String note) {
        staff.require(StaffPermission.WORK_CORRECTIONS);
        String text = CorrectionForm.clean(note);
        FormErrors errors = CaseChecks.note(text);
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, id, null, errors, note, null);
        }
        cases.addNote(id, text);
        return done(id, "note-added");
    }

    /** Assigns the request to the signed-in staff member ({@code me}) or to a named one who may work requests. */
    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response assign(@PathParam("id") long id, @FormParam("assignee") String assignee) {
        StaffAccount account = staff.require(StaffPermission.WORK_CORRECTIONS);
        String username = "me".equals(assignee) ? account.username : assignee;
        FormErrors errors = CaseChecks.assignment(id, username, username != null
                && cases.assignee(username).isPresent());
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, id, null, errors, null, null);
        }
        cases.assign(id, username);
        return done(id, "assigned");
    }

    @POST
    @Path("{id}/in-progress")
    @Transactional
    public Response startReview(@PathParam("id") long id) {
        staff.require(StaffPermission.WORK_CORRECTIONS);
        FormErrors errors = CaseChecks.review(id);
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, id, null, errors, null, null);
        }
        cases.startReview(id);
        return done(id, "in-progress");
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response close(@PathParam("id") long id, @FormParam("outcome") String outcome) {
        staff.require(StaffPermission.WORK_CORRECTIONS);
        String text = CorrectionForm.clean(outcome);
        FormErrors errors = CaseChecks.closing(id, text);
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, id, null, errors, null, outcome);
        }
        cases.close(id, text);
        return done(id, "closed");
    }

    private Response page(Response.Status status, long id, String done, FormErrors errors, String note,
            String outcome) {
        CorrectionRequest request = cases.read(id);
        CorrectionCasePage page = new CorrectionQueuePageBuilder(times).request(request, CorrectionNote.listFor(id),
                cases.assignees(), done, errors, note, outcome);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.request(page)).build();
    }

    private static Response done(long id, String code) {
        return Response.seeOther(URI.create("/helpdesk/corrections/" + id + "?done=" + code)).build();
    }

    private static Optional<CorrectionRequest.Status> status(String value) {
        return Arrays.stream(CorrectionRequest.Status.values()).filter(status -> status.name().equals(value))
                .findFirst();
    }
}
