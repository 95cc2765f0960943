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
import org.shcportal.audit.StaffReason;
import org.shcportal.carddelivery.CardDelivery;
import org.shcportal.carddelivery.DeliveryOptions;
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
 * Revoke and reissue a person's cards, for supervisors; agents ask for it with a change request.
 * One transaction: the revocation, its reason, the new cards, the chosen delivery and the audit all happen or none
 * does.
 */
@Path("/helpdesk/people/{personId}/revoke")
@Produces(MediaType.TEXT_HTML)
public class RevokeCardsController {

    /** The longest reason note. */
    static final int NOTE_MAX_LENGTH = 500;

    /** The id of the first reason radio, which the error summary links to. */
    private static final String WHY_FIELD = "why";

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
        return Templates.confirm(page(Person.findById(personId), null, "", "NONE", new FormErrors()));
    }

    /**
     * Revokes, reissues and sends the new cards as chosen ({@code delivery} NONE, EMAIL or MAIL), all audited with
     * the reason chosen for the revocation ({@code why}, a {@link StaffReason} for revocations); a form with something
     * wrong changes nothing (400).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revoke(@RestPath long personId, @RestForm String why, @RestForm String note,
            @RestForm("delivery") String how, @RestForm String email, @RestForm String language) {
        OpenedRecord opened = recordAccess.require(personId, StaffPermission.REVOKE_CARDS);
        Person person = Person.findById(personId);
        Optional<StaffReason> reason = StaffReason.ofCode(why, StaffReason.Use.REVOCATION);
        String cleanNote = note == null ? "" : note.strip();
        FormErrors errors = check(person, reason, cleanNote, how, email);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.confirm(page(person, reason.orElse(null), note, how, errors)).render())
                    .build();
        }
        replacement.replace(person, staff.actor(), reason.get().name(), opened.ticket, cleanNote, null);
        send(person, opened, reason.get(), how, email, Language.byCode(language).orElse(Language.EN));
        return Response.seeOther(URI.create("/helpdesk/people/" + personId + "?done=revoked")).build();
    }

    private FormErrors check(Person person, Optional<StaffReason> reason, String note, String how, String email) {
        RevocationMessages messages = MessageBundles.get(RevocationMessages.class);
        FormErrors errors = new FormErrors();
        if (reason.isEmpty()) {
            errors.add(WHY_FIELD, messages.revoke_error_why());
        }
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

    /** Sends the new cards, for the revocation's reason; a person left without any card (no records) gets nothing. */
    private void send(Person person, OpenedRecord opened, StaffReason reason, String how, String email,
            Language language) {
        if ("EMAIL".equals(how) && delivery.email(person, email, language).isEmpty()) {
            recordAccess.audit(opened, AuditAction.STAFF_CARD_EMAILED, reason);
        } else if ("MAIL".equals(how) && delivery.queueMail(person, language, reason, opened.ticket,
                staff.account().username).isEmpty()) {
            recordAccess.audit(opened, AuditAction.STAFF_CARD_MAIL_QUEUED, reason);
        }
    }

    private static RevokePage page(Person person, StaffReason why, String note, String how, FormErrors errors) {
        return new RevokePage(person.id, person.fullName(), person.registryId,
                OpenForm.reasons(StaffReason.Use.REVOCATION, Optional.ofNullable(why)), DeliveryOptions.of(person),
                note == null ? "" : note, how == null ? "NONE" : how, errors);
    }
}
