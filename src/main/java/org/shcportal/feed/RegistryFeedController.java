package org.shcportal.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.helpdesk.HelpdeskMessages;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The admin's "Registry feed" page: the {@value #ROWS} newest messages the feed answered (control id, sender, time,
 * outcome, error locations; the table holds nothing else, and no personal data), how many of the last 24 hours had
 * each outcome, and a filter by outcome and sender. Every opening is audited.
 */
@Path("/helpdesk/feed")
@Produces(MediaType.TEXT_HTML)
public class RegistryFeedController {

    /** The page's own choice: the newest hundred messages, a screenful an admin reads without paging. */
    static final int ROWS = 100;
    /** One day of the feed: counts an admin can hold against a sender's own daily totals. */
    static final Duration LAST_DAY = Duration.ofHours(24);
    /** The length of {@code feed_message.sender} (db-migrations V019). */
    private static final int SENDER_LENGTH = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(RegistryFeedPage page);
    }

    @Inject
    SignedInStaff signedIn;

    @Inject
    AuditLog audit;

    @Inject
    ConsoleTimes times;

    @Inject
    HelpdeskMessages messages;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public Response page(@RestQuery String outcome, @RestQuery String sender) {
        signedIn.require(StaffPermission.VIEW_FEED);
        audit.record(AuditAction.STAFF_FEED_VIEWED, signedIn.actor(), null);
        Optional<String> chosenOutcome = chosen(outcome);
        Optional<String> chosenSender = chosen(sender);
        FormErrors errors = new FormErrors();
        if (chosenOutcome.isPresent() && !FeedLog.OUTCOMES.contains(chosenOutcome.get())) {
            errors.add("outcome", messages.feed_error_outcome());
        }
        if (chosenSender.isPresent() && chosenSender.get().length() > SENDER_LENGTH) {
            errors.add("sender", messages.feed_error_sender(SENDER_LENGTH));
        }
        List<RegistryFeedPage.Row> rows = errors.isEmpty()
                ? FeedLog.newest(chosenOutcome, chosenSender, ROWS).stream().map(this::row).toList()
                : List.of();
        RegistryFeedPage page = new RegistryFeedPage(ROWS, rows, lastDay(), FeedLog.OUTCOMES, FeedLog.senders(),
                errors.isEmpty() ? chosenOutcome.orElse("") : "", errors.isEmpty() ? chosenSender.orElse("") : "",
                errors);
        return Response.status(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(Templates.page(page)).build();
    }

    private RegistryFeedPage.Row row(FeedMessage message) {
        List<String> problems = message.errorLocations == null ? List.of() : List.of(message.errorLocations.split("\n"));
        return new RegistryFeedPage.Row(message.controlId, message.sender, times.format(message.receivedAt),
                message.outcome, problems);
    }

    private List<RegistryFeedPage.Count> lastDay() {
        return FeedLog.countsSince(clock.instant().minus(LAST_DAY)).entrySet().stream()
                .map(count -> new RegistryFeedPage.Count(count.getKey(), count.getValue())).toList();
    }

    private static Optional<String> chosen(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
