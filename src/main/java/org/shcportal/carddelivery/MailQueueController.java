package org.shcportal.carddelivery;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The mail queue: a supervisor downloads the queued printed cards as one PDF, prints and mails them,
 * and marks exactly that batch printed.
 */
@Path("/helpdesk/mail")
@Produces(MediaType.TEXT_HTML)
public class MailQueueController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(MailQueuePage page);
    }

    @Inject
    SignedInStaff staff;

    @Inject
    MailBatch batch;

    @Inject
    ConsoleTimes times;

    @GET
    @Transactional
    public TemplateInstance queue(@RestQuery Integer printed) {
        staff.require(StaffPermission.PRINT_MAIL);
        return Templates.queue(new MailQueuePageBuilder(times).page(printed));
    }

    /** The batch of the requests {@code ids} (as the queue page lists them), or the first batch of the queue. */
    @GET
    @Path("batch.pdf")
    @Produces("application/pdf")
    @Transactional
    public Response pdf(@RestQuery String ids) {
        staff.require(StaffPermission.PRINT_MAIL);
        List<MailRequest> requests;
        if (ids == null || ids.isBlank()) {
            requests = MailRequest.listQueued(MailBatch.LIMIT);
        } else {
            Set<Long> wanted = parse(ids);
            requests = MailRequest.listQueued(wanted);
            if (requests.size() != wanted.size()) {
                return conflict();
            }
        }
        if (requests.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(messages().mail_error_empty()).build();
        }
        String reference = MailBatch.reference(requests.stream().map(request -> request.id).toList());
        return Response.ok(batch.pdf(requests), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"mail-batch-" + reference + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    /** Marks the batch {@code ids} printed, audited per person; refused when any of it is no longer queued. */
    @POST
    @Path("printed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response printed(@RestForm String ids) {
        staff.require(StaffPermission.PRINT_MAIL);
        Optional<Integer> marked = batch.markPrinted(parse(ids), staff.actor());
        if (marked.isEmpty()) {
            return conflict();
        }
        return Response.seeOther(URI.create("/helpdesk/mail?printed=" + marked.get())).build();
    }

    /** Request ids as the page sends them: "12,15,19", at most one batch. */
    static Set<Long> parse(String ids) {
        Set<Long> parsed = new LinkedHashSet<>();
        for (String id : (ids == null ? "" : ids).split(",")) {
            try {
                parsed.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new BadRequestException("not a list of request ids");
            }
        }
        if (parsed.size() > MailBatch.LIMIT) {
            throw new BadRequestException("more requests than one batch");
        }
        return parsed;
    }

    private static Response conflict() {
        return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(messages().mail_error_changed()).build();
    }

    private static CardDeliveryMessages messages() {
        return MessageBundles.get(CardDeliveryMessages.class);
    }
}
