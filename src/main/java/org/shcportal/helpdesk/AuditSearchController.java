package org.shcportal.helpdesk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.AuditLabels;
import org.shcportal.audit.AuditLog;
import org.shcportal.audit.StaffReason;
import org.shcportal.registry.Person;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;
import org.shcportal.staff.StaffRole;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The audit search for supervisors and admins: who did what with whose
 * record, why and when, newest first, {@value #PAGE_SIZE} to a page. Every search is itself audited; a search about
 * one person is recorded on that person's record, so their access history shows that someone looked.
 */
@Path("/helpdesk/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditSearchController {

    static final int PAGE_SIZE = 50;
    /** Deeper than anyone pages by hand (a million events); a narrower filter finds older events faster. */
    private static final int MAX_PAGE = 20_000;

    /** An action in the select. */
    public record Choice(String name, String label) {
    }

    /** One audit event as the results table shows it. */
    public record Row(String when, String who, String action, String whose, String reason, String ticket) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(AuditFilter.Input filter, List<String> errors, List<Choice> staffActions,
                List<Choice> residentActions, List<Row> rows, boolean searched, String newer, String older);
    }

    @Inject
    SignedInStaff signedIn;

    @Inject
    AuditLog audit;

    @Inject
    ConsoleTimes times;

    @Inject
    RegistryConfig registry;

    @GET
    @Transactional
    public Response search(@RestQuery String staff, @RestQuery String subject, @RestQuery String action,
            @RestQuery String from, @RestQuery String to, @RestQuery("staff-only") String staffOnly,
            @RestQuery String page) {
        signedIn.require(StaffPermission.SEARCH_AUDIT);
        AuditFilter filter = AuditFilter.of(new AuditFilter.Input(staff, subject, action, from, to,
                staffOnly != null && !staffOnly.isEmpty()));
        if (!filter.isValid()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.search(filter.input(),
                    filter.errors(), choices(true), choices(false), List.of(), false, null, null)).build();
        }
        int pageNumber = pageNumber(page);
        AuditFilter.Query query = filter.query(registry.timeZone());
        List<AuditEvent> events = AuditEvent.<AuditEvent> find(query.text(), query.parameters())
                .range((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE).list();
        boolean more = events.size() > PAGE_SIZE;
        List<AuditEvent> shown = more ? events.subList(0, PAGE_SIZE) : events;
        audit.record(AuditAction.STAFF_AUDIT_SEARCHED, signedIn.actor(),
                filter.subject().map(person -> person.id).orElse(null));
        String newer = pageNumber > 1 ? link(filter.input(), pageNumber - 1) : null;
        String older = more ? link(filter.input(), pageNumber + 1) : null;
        return Response.ok(Templates.search(filter.input(), List.of(), choices(true), choices(false), rows(shown),
                true, newer, older)).build();
    }

    private List<Row> rows(List<AuditEvent> events) {
        Map<Long, String> registryIds = registryIds(events);
        return events.stream().map(event -> new Row(times.format(event.occurredAt), who(event, registryIds),
                AuditLabels.of(event.action),
                event.subjectPersonId == null ? "" : registryIds.getOrDefault(event.subjectPersonId, ""),
                reason(event.reason), event.ticket == null ? "" : event.ticket)).toList();
    }

    /** The registry ids of the persons the events name, in one query. */
    private static Map<Long, String> registryIds(List<AuditEvent> events) {
        List<Long> ids = events.stream().flatMap(event -> Stream.of(event.subjectPersonId, event.actorPersonId))
                .filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Person.<Person> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(person -> person.id, person -> person.registryId));
    }

    private static String who(AuditEvent event, Map<Long, String> registryIds) {
        return switch (event.actorKind) {
            case STAFF -> event.actorStaff + (event.actorRole == null ? "" : " (" + roleLabel(event.actorRole) + ")");
            case RESIDENT -> Objects.equals(event.actorPersonId, event.subjectPersonId) ? "Resident"
                    : "Resident " + registryIds.getOrDefault(event.actorPersonId, "");
            case ANONYMOUS -> "Anonymous";
            case SYSTEM -> "System";
        };
    }

    private static String roleLabel(String role) {
        return Arrays.stream(StaffRole.values()).filter(known -> known.name().equals(role)).findFirst()
                .map(StaffRole::label).orElse(role);
    }

    /** A staff reason in words; any other stored reason (a code such as RATE_LIMITED, a username) as it is. */
    private static String reason(String stored) {
        if (stored == null) {
            return "";
        }
        return StaffReason.ofCode(stored).map(StaffReason::label).orElse(stored);
    }

    private static List<Choice> choices(boolean staff) {
        return Arrays.stream(AuditAction.values()).filter(action -> action.isStaffAction() == staff)
                .map(action -> new Choice(action.name(), AuditLabels.of(action))).toList();
    }

    /** The page asked for; anything but a number from 1 to {@link #MAX_PAGE} is the first or the last page. */
    private static int pageNumber(String page) {
        try {
            return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(page == null ? "1" : page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The same search, another page: the filters stay in the query string. */
    private static String link(AuditFilter.Input input, int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("staff", input.staff());
        parameters.put("subject", input.subject());
        parameters.put("action", input.action());
        parameters.put("from", input.from());
        parameters.put("to", input.to());
        parameters.put("staff-only", input.staffOnly() ? "on" : null);
        parameters.put("page", Integer.toString(page));
        return "/helpdesk/audit?" + parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
