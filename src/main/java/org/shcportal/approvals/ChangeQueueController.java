package org.shcportal.approvals;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.shcportal.registry.Initials;
import org.shcportal.registry.Masking;
import org.shcportal.registry.Person;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Changes awaiting approval: everyone who may ask for a change sees the queue; a supervisor
 * approves or denies the requests of others, never their own.
 */
@Path("/helpdesk/changes")
@Produces(MediaType.TEXT_HTML)
public class ChangeQueueController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ChangeQueuePage page);
    }

    @Inject
    SignedInStaff staff;

    @Inject
    ChangeDecisions decisions;

    @Inject
    RegistryConfig registry;

    @GET
    @Transactional
    public TemplateInstance queue(@RestQuery String done) {
        StaffAccount account = account();
        String notice = "approved".equals(done) ? "The change was approved and made."
                : "denied".equals(done) ? "The request was denied." : null;
        return Templates.queue(page(account, notice, null));
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
        String page = Templates.queue(page(account, null, refusal.get().message())).render();
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

    private ChangeQueuePage page(StaffAccount account, String notice, String error) {
        List<ChangeQueuePage.Item> items = ChangeRequest.listPending().stream()
                .map(request -> item(request, account)).toList();
        return new ChangeQueuePage(items, account.may(StaffPermission.APPROVE_CHANGE), notice, error);
    }

    private ChangeQueuePage.Item item(ChangeRequest request, StaffAccount account) {
        Person person = request.person;
        return new ChangeQueuePage.Item(request.id, WHEN.format(request.requestedAt.atZone(registry.timeZone())),
                request.requestedBy, request.kind.label(), person.registryId + " · " + Initials.of(person),
                change(request), request.note, request.reason.label(), request.ticket,
                request.requestedBy.equals(account.username));
    }

    /** The change as a supervisor needs to see it: contacts partly hidden, a guardian by registry id and initials. */
    private static String change(ChangeRequest request) {
        return switch (request.kind) {
            case ADD_PHONE -> Masking.phone(request.value);
            case ADD_EMAIL -> Masking.email(request.value);
            case ADD_GUARDIAN_LINK -> request.value
                    + Person.findByRegistryId(request.value).map(guardian -> " · " + Initials.of(guardian)).orElse("")
                    + " as " + request.relationship.name().toLowerCase().replace('_', ' ');
            case REVOKE_CARDS -> "Every card issued until the approval";
        };
    }
}
