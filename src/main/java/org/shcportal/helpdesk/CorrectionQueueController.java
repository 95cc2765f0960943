package org.shcportal.helpdesk;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;
import org.shcportal.web.RegistryConfig;

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

    /** Rows the queue shows at most; a filter narrows it. */
    static final int MAX_ROWS = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(CorrectionQueuePageBuilder.Queue queue);

        static native TemplateInstance request(CorrectionQueuePageBuilder.Case page);
    }

    @Inject
    SignedInStaff staff;

    @Inject
    CorrectionCases cases;

    @Inject
    RegistryConfig registry;

    @GET
    @Transactional
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("mine") String mine) {
        StaffAccount account = staff.require(StaffPermission.WORK_CORRECTIONS);
        Optional<CorrectionRequest.Status> chosen = status(status);
        boolean onlyMine = mine != null && !mine.isBlank();
        List<CorrectionRequest> requests = new ArrayList<>();
        for (CorrectionRequest.Status each : chosen.map(List::of).orElse(List.of(CorrectionRequest.Status.values()))) {
            requests.addAll(list(each, onlyMine ? account.username : null));
        }
        requests.sort(CorrectionQueueController::queueOrder);
        CorrectionQueuePageBuilder pages = new CorrectionQueuePageBuilder(registry.timeZone());
        return Templates.queue(new CorrectionQueuePageBuilder.Queue(
                requests.stream().limit(MAX_ROWS).map(pages::row).toList(), chosen.map(Enum::name).orElse(""),
                onlyMine, requests.size() > MAX_ROWS));
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
        FormErrors errors = new FormErrors();
        checkText(errors, "note", text, "Write the note before adding it.");
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
        FormErrors errors = new FormErrors();
        if (username == null || cases.assignee(username).isEmpty()) {
            errors.add("assignee", "Choose a help-desk agent or supervisor whose account is enabled.");
        } else if (closed(id)) {
            errors.add("assignee", "This request is closed; it cannot be assigned.");
        }
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
        if (closed(id)) {
            FormErrors errors = new FormErrors();
            errors.add("status-action", "This request is closed; it cannot be reviewed again.");
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
        FormErrors errors = new FormErrors();
        if (closed(id)) {
            errors.add("outcome", "This request is already closed.");
        } else {
            checkText(errors, "outcome", text, "Write the outcome: the resident reads it on their records page.");
        }
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, id, null, errors, null, outcome);
        }
        cases.close(id, text);
        return done(id, "closed");
    }

    private Response page(Response.Status status, long id, String done, FormErrors errors, String note,
            String outcome) {
        CorrectionRequest request = cases.read(id);
        CorrectionQueuePageBuilder.Case page = new CorrectionQueuePageBuilder(registry.timeZone()).request(request,
                CorrectionNote.listFor(id), cases.assignees(), done, errors, note, outcome);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.request(page)).build();
    }

    private static void checkText(FormErrors errors, String field, String text, String missing) {
        int length = text.codePointCount(0, text.length());
        if (text.isEmpty()) {
            errors.add(field, missing);
        } else if (length > CorrectionNote.MAX_LENGTH) {
            errors.add(field, "Use " + CorrectionNote.MAX_LENGTH + " characters or fewer. The text has " + length
                    + ".");
        }
    }

    private static boolean closed(long id) {
        return CorrectionRequest.<CorrectionRequest> findByIdOptional(id)
                .filter(request -> request.status == CorrectionRequest.Status.CLOSED).isPresent();
    }

    private static Response done(long id, String code) {
        return Response.seeOther(URI.create("/helpdesk/corrections/" + id + "?done=" + code)).build();
    }

    /** Up to one more than the queue shows, so that it can say there are more. */
    private static List<CorrectionRequest> list(CorrectionRequest.Status status, String assignedTo) {
        String order = status == CorrectionRequest.Status.CLOSED ? " order by updatedAt desc, id desc"
                : " order by createdAt, id";
        if (assignedTo == null) {
            return CorrectionRequest.find("status = ?1" + order, status).page(0, MAX_ROWS + 1).list();
        }
        return CorrectionRequest.find("status = ?1 and assignedTo = ?2" + order, status, assignedTo)
                .page(0, MAX_ROWS + 1).list();
    }

    /** Requests still to do before closed ones; among those still to do the oldest first, closed ones newest first. */
    private static int queueOrder(CorrectionRequest a, CorrectionRequest b) {
        boolean aClosed = a.status == CorrectionRequest.Status.CLOSED;
        boolean bClosed = b.status == CorrectionRequest.Status.CLOSED;
        if (aClosed != bClosed) {
            return aClosed ? 1 : -1;
        }
        return aClosed ? b.updatedAt.compareTo(a.updatedAt) : a.createdAt.compareTo(b.createdAt);
    }

    private static Optional<CorrectionRequest.Status> status(String value) {
        for (CorrectionRequest.Status status : CorrectionRequest.Status.values()) {
            if (status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
