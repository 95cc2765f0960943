package org.shcportal.carddelivery;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.registry.Address;
import org.shcportal.registry.Initials;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The mail queue: a supervisor downloads the queued printed cards as one PDF, prints and mails them,
 * and marks exactly that batch printed.
 */
@Path("/helpdesk/mail")
@Produces(MediaType.TEXT_HTML)
public class MailQueueController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String CHANGED = "Some of these requests have been marked printed meanwhile. Reload the mail queue"
            + " and download the batch again.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(MailQueuePage page);
    }

    @Inject
    SignedInStaff staff;

    @Inject
    MailBatch batch;

    @Inject
    AuditLog audit;

    @Inject
    RegistryConfig registry;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance queue(@RestQuery Integer printed) {
        staff.require(StaffPermission.PRINT_MAIL);
        List<MailRequest> requests = MailRequest.listQueued(MailBatch.LIMIT);
        List<MailQueuePage.Item> items = requests.stream().map(this::item).toList();
        List<Long> ids = requests.stream().map(request -> request.id).toList();
        String notice = printed == null ? null
                : printed == 1 ? "1 request was marked printed." : printed + " requests were marked printed.";
        return Templates.queue(new MailQueuePage(items, join(ids), ids.isEmpty() ? null : MailBatch.reference(ids),
                MailRequest.countQueued() - ids.size(), notice));
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
                    .entity("The mail queue is empty.").build();
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
        StaffAccount account = staff.require(StaffPermission.PRINT_MAIL);
        Set<Long> wanted = parse(ids);
        List<MailRequest> requests = MailRequest.listQueuedForUpdate(wanted);
        if (requests.size() != wanted.size()) {
            return conflict();
        }
        String reference = MailBatch.reference(wanted);
        Instant now = clock.instant();
        Actor actor = staff.actor();
        for (MailRequest request : requests) {
            request.printedAt = now;
            request.printedBy = account.username;
            request.batchReference = reference;
            audit.record(AuditAction.STAFF_CARD_PRINTED, actor, request.person.id, request.reason.name(),
                    request.ticket);
        }
        return Response.seeOther(URI.create("/helpdesk/mail?printed=" + requests.size())).build();
    }

    private MailQueuePage.Item item(MailRequest request) {
        String zip = Address.findCurrentOf(request.person).map(address -> address.postalCode).orElse("");
        return new MailQueuePage.Item(request.id, WHEN.format(request.requestedAt.atZone(registry.timeZone())),
                request.requestedBy, Initials.of(request.person), zip);
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

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Response conflict() {
        return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(CHANGED).build();
    }
}
