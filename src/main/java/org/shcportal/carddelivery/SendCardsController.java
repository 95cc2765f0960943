package org.shcportal.carddelivery;

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
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.StaffReason;
import org.shcportal.helpdesk.OpenForm;
import org.shcportal.helpdesk.OpenedRecord;
import org.shcportal.helpdesk.RecordAccess;
import org.shcportal.registry.Person;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;
import org.shcportal.web.Language;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Sends a caller their cards: by email to an address on file, or printed and mailed to the address
 * on file through the mail queue. Never to an address typed in: a new one needs a supervisor's approval first.
 */
@Path("/helpdesk/people/{personId}/send-cards")
@Produces(MediaType.TEXT_HTML)
public class SendCardsController {

    /** The ids of the page's two sections' headings, which an error summary links to. */
    private static final String EMAIL_SECTION = "email-heading";
    private static final String MAIL_SECTION = "mail-heading";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(SendCardsPage page);
    }

    @Inject
    RecordAccess recordAccess;

    @Inject
    SignedInStaff staff;

    @Inject
    CardDelivery delivery;

    @GET
    @Transactional
    public TemplateInstance form(@RestPath long personId) {
        recordAccess.require(personId, StaffPermission.HELP_CALLER);
        return Templates.form(page(Person.findById(personId), new FormErrors()));
    }

    /**
     * Emails the cards ({@code how=EMAIL}) or queues them for mail ({@code how=MAIL}), audited with the reason chosen
     * for sending them ({@code why}, a {@link StaffReason} for deliveries); a refusal changes nothing.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response send(@RestPath long personId, @RestForm String how, @RestForm String why,
            @RestForm String email, @RestForm String language) {
        OpenedRecord opened = recordAccess.require(personId, StaffPermission.HELP_CALLER);
        Person person = Person.findById(personId);
        Language chosen = Language.byCode(language).orElse(Language.EN);
        Optional<StaffReason> reason = StaffReason.ofCode(why, StaffReason.Use.DELIVERY);
        if (reason.isEmpty() && ("EMAIL".equals(how) || "MAIL".equals(how))) {
            return refused(person, Response.Status.BAD_REQUEST, "MAIL".equals(how) ? MAIL_SECTION : EMAIL_SECTION,
                    MessageBundles.get(CardDeliveryMessages.class).delivery_error_why());
        }
        Optional<CardDelivery.Refusal> refusal;
        AuditAction action;
        String done;
        if ("EMAIL".equals(how)) {
            refusal = delivery.email(person, email, chosen);
            action = AuditAction.STAFF_CARD_EMAILED;
            done = "cards-emailed";
        } else if ("MAIL".equals(how)) {
            refusal = delivery.queueMail(person, chosen, reason.get(), opened.ticket, staff.account().username);
            action = AuditAction.STAFF_CARD_MAIL_QUEUED;
            done = "mail-queued";
        } else {
            return refused(person, Response.Status.BAD_REQUEST, EMAIL_SECTION,
                    MessageBundles.get(CardDeliveryMessages.class).delivery_error_how());
        }
        if (refusal.isPresent()) {
            return refused(person, refusal.get() == CardDelivery.Refusal.ALREADY_QUEUED ? Response.Status.CONFLICT
                    : Response.Status.BAD_REQUEST, "MAIL".equals(how) ? MAIL_SECTION : EMAIL_SECTION,
                    refusal.get().message());
        }
        recordAccess.audit(opened, action, reason.get());
        return Response.seeOther(URI.create("/helpdesk/people/" + personId + "?done=" + done)).build();
    }

    /** The page again with why nothing was sent, linked to the section ({@code section} is its heading's id). */
    private static Response refused(Person person, Response.Status status, String section, String message) {
        FormErrors errors = new FormErrors();
        errors.add(section, message);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(page(person, errors)).render()).build();
    }

    private static SendCardsPage page(Person person, FormErrors errors) {
        return new SendCardsPage(person.id, person.fullName(), person.registryId,
                OpenForm.reasons(StaffReason.Use.DELIVERY, Optional.empty()), DeliveryOptions.of(person), errors);
    }
}
