package org.shcportal.approvals;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.StaffReason;
import org.shcportal.helpdesk.OpenForm;
import org.shcportal.helpdesk.OpenedRecord;
import org.shcportal.helpdesk.RecordAccess;
import org.shcportal.registry.Person;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Asking for a change that a supervisor must approve: a new phone or email, a parent or guardian
 * link for a minor, or — for agents, who may not revoke — a revocation of the person's cards.
 */
@Path("/helpdesk/people/{personId}/changes/new")
@Produces(MediaType.TEXT_HTML)
public class ChangeRequestController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ChangeRequestPage page);
    }

    @Inject
    RecordAccess recordAccess;

    @Inject
    SignedInStaff staff;

    @Inject
    ChangeRequests requests;

    @GET
    @Transactional
    public TemplateInstance form(@RestPath long personId, @RestQuery String kind) {
        recordAccess.require(personId, StaffPermission.REQUEST_CHANGE);
        ChangeForm.Page page = page(kind);
        Person person = Person.findById(personId);
        return Templates.form(view(person, page, ChangeForm.empty(), new FormErrors()));
    }

    /** Stores a valid request and audits it; an invalid one is shown again with what is wrong (400). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response submit(@RestPath long personId, @RestQuery String kind, @RestForm String contact,
            @RestForm String guardian, @RestForm String relationship, @RestForm String why, @RestForm String note) {
        OpenedRecord opened = recordAccess.require(personId, StaffPermission.REQUEST_CHANGE);
        ChangeForm.Page page = page(kind);
        Person person = Person.findById(personId);
        ChangeForm form = new ChangeForm(contact, guardian, relationship, why, note);
        FormErrors errors = new FormErrors();
        Optional<ChangeRequests.Proposed> proposed = requests.check(person, page, form, errors);
        if (proposed.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.form(view(person, page, form, errors)).render()).build();
        }
        ChangeRequest stored = requests.store(person, proposed.get(), form, opened, staff.account().username);
        recordAccess.audit(opened, AuditAction.STAFF_CHANGE_REQUESTED, stored.reason);
        return Response.seeOther(URI.create("/helpdesk/people/" + personId + "?done=change-requested")).build();
    }

    private ChangeRequestPage view(Person person, ChangeForm.Page page, ChangeForm form, FormErrors errors) {
        ApprovalMessages messages = MessageBundles.get(ApprovalMessages.class);
        String title = switch (page) {
            case CONTACT -> messages.changes_form_title_contact();
            case GUARDIAN_LINK -> messages.changes_form_title_guardian_link();
            case REVOKE_CARDS -> messages.changes_form_title_revoke_cards();
        };
        String blocked = page == ChangeForm.Page.GUARDIAN_LINK && !requests.isMinor(person)
                ? messages.changes_error_not_a_minor()
                : null;
        return new ChangeRequestPage(person.id, person.fullName(), person.registryId, page, title,
                OpenForm.reasons(StaffReason.Use.REVOCATION, form.revocationReason()), form, errors, blocked);
    }

    private static ChangeForm.Page page(String kind) {
        for (ChangeForm.Page page : ChangeForm.Page.values()) {
            if (page.name().equals(kind)) {
                return page;
            }
        }
        throw new NotFoundException();
    }
}
