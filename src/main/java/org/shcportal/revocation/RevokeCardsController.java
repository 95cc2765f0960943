package org.shcportal.revocation;

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
import org.shcportal.carddelivery.CardDelivery;
import org.shcportal.carddelivery.DeliveryOptions;
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
 * Revoke and reissue a person's cards, for supervisors; agents ask for it with a change request.
 * One transaction: the revocation, its reason, the new cards, the chosen delivery and the audit all happen or none
 * does.
 */
@Path("/helpdesk/people/{personId}/revoke")
@Produces(MediaType.TEXT_HTML)
public class RevokeCardsController {

    /** The longest reason note. */
    static final int NOTE_MAX_LENGTH = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(RevokePage page);
    }

    @Inject
    RecordAccess recordAccess;

    @Inject
    SignedInStaff staff;

    @Inject
    CardReplacement replacement;

    @Inject
    CardDelivery delivery;

    @GET
    @Transactional
    public TemplateInstance confirm(@RestPath long personId) {
        recordAccess.require(personId, StaffPermission.REVOKE_CARDS);
        return Templates.confirm(page(Person.findById(personId), "", "NONE", new FormErrors()));
    }

    /**
     * Revokes, reissues and sends the new cards as chosen ({@code delivery} NONE, EMAIL or MAIL); a form with
     * something wrong changes nothing (400).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revoke(@RestPath long personId, @RestForm String note, @RestForm("delivery") String how,
            @RestForm String email, @RestForm String language) {
        OpenedRecord opened = recordAccess.require(personId, StaffPermission.REVOKE_CARDS);
        Person person = Person.findById(personId);
        String cleanNote = note == null ? "" : note.strip();
        FormErrors errors = check(person, cleanNote, how, email);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.confirm(page(person, note, how, errors)).render()).build();
        }
        replacement.replace(person, staff.actor(), opened.reason.name(), opened.ticket, cleanNote, null);
        send(person, opened, how, email, Language.byCode(language).orElse(Language.EN));
        return Response.seeOther(URI.create("/helpdesk/people/" + personId + "?done=revoked")).build();
    }

    private FormErrors check(Person person, String note, String how, String email) {
        RevocationMessages messages = MessageBundles.get(RevocationMessages.class);
        FormErrors errors = new FormErrors();
        if (note.isEmpty()) {
            errors.add("note", messages.revoke_error_note_missing());
        } else if (note.length() > NOTE_MAX_LENGTH) {
            errors.add("note", messages.revoke_error_note_too_long(NOTE_MAX_LENGTH));
        }
        Optional<CardDelivery.Refusal> refusal = switch (how == null ? "" : how) {
            case "NONE" -> Optional.empty();
            case "EMAIL" -> delivery.refusalToEmail(person, email);
            case "MAIL" -> delivery.refusalToMail(person);
            default -> Optional.of(CardDelivery.Refusal.NO_DELIVERY_CHOSEN);
        };
        refusal.ifPresent(problem -> errors.add("delivery", problem.message()));
        return errors;
    }

    /** Sends the new cards; a person left without any card (no records) gets nothing. */
    private void send(Person person, OpenedRecord opened, String how, String email, Language language) {
        if ("EMAIL".equals(how) && delivery.email(person, email, language).isEmpty()) {
            recordAccess.audit(opened, AuditAction.STAFF_CARD_EMAILED);
        } else if ("MAIL".equals(how) && delivery.queueMail(person, language, opened.reason, opened.ticket,
                staff.account().username).isEmpty()) {
            recordAccess.audit(opened, AuditAction.STAFF_CARD_MAIL_QUEUED);
        }
    }

    private static RevokePage page(Person person, String note, String how, FormErrors errors) {
        return new RevokePage(person.id, person.fullName(), person.registryId, DeliveryOptions.of(person),
                note == null ? "" : note, how == null ? "NONE" : how, errors);
    }
}
