package org.shcportal.helpdesk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.AuditLabels;
import org.shcportal.audit.StaffReason;
import org.shcportal.helpdesk.AuditSearchPage.Choice;
import org.shcportal.helpdesk.AuditSearchPage.Row;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.StaffRole;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.i18n.MessageBundles;

/** Builds the audit search page: the filter form, and the events found in words. */
final class AuditSearchPageBuilder {

    private final HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
    private final ConsoleTimes times;

    AuditSearchPageBuilder(ConsoleTimes times) {
        this.times = times;
    }

    /** The form as typed with what is wrong with it, nothing searched. */
    AuditSearchPage refused(AuditFilter filter) {
        return new AuditSearchPage(filter.input(), filter.errors(), choices(true), choices(false), List.of(), false,
                null, null);
    }

    /** Page {@code page} of the events found, with links to its neighbours. */
    AuditSearchPage results(AuditFilter filter, AuditSearch.Found found, int page) {
        String newer = page > 1 ? link(filter.input(), page - 1) : null;
        String older = found.more() ? link(filter.input(), page + 1) : null;
        return new AuditSearchPage(filter.input(), new FormErrors(), choices(true), choices(false),
                rows(found.events()), true, newer, older);
    }

    private List<Row> rows(List<AuditEvent> events) {
        Map<Long, String> registryIds = AuditSearch.registryIds(events);
        return events.stream().map(event -> new Row(times.format(event.occurredAt), who(event, registryIds),
                AuditLabels.of(event.action),
                event.subjectPersonId == null ? "" : registryIds.getOrDefault(event.subjectPersonId, ""),
                reason(event.reason), event.ticket == null ? "" : event.ticket)).toList();
    }

    private String who(AuditEvent event, Map<Long, String> registryIds) {
        return switch (event.actorKind) {
            case STAFF -> event.actorRole == null ? event.actorStaff
                    : messages.common_staff_with_role(event.actorStaff, roleLabel(event.actorRole));
            case RESIDENT -> Objects.equals(event.actorPersonId, event.subjectPersonId) ? messages.audit_who_resident()
                    : messages.audit_who_other_resident(registryIds.getOrDefault(event.actorPersonId, ""));
            case ANONYMOUS -> messages.audit_who_anonymous();
            case SYSTEM -> messages.audit_who_system();
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
