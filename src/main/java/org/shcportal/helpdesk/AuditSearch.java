package org.shcportal.helpdesk;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.shcportal.audit.AuditEvent;
import org.shcportal.registry.Person;

/**
 * Finds the audit events a valid {@link AuditFilter} matches, newest first, a page at a time. The filters become a
 * query with named parameters (values are never written into the query); each filter uses an index of audit_event.
 */
final class AuditSearch {

    /** One page of events, and whether there are more after it. */
    record Found(List<AuditEvent> events, boolean more) {
    }

    private AuditSearch() {
    }

    /** Page {@code page} (from 1) of {@code pageSize} events; dates are days in {@code zone}. */
    static Found find(AuditFilter filter, ZoneId zone, int page, int pageSize) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.staff() != null) {
            conditions.add("actorStaff = :staff");
            parameters.put("staff", filter.staff());
        }
        filter.subject().ifPresent(subject -> {
            conditions.add("subjectPersonId = :subject");
            parameters.put("subject", subject.id);
        });
        if (filter.action() != null) {
            conditions.add("action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.input().staffOnly()) {
            conditions.add("actorKind = :kind");
            parameters.put("kind", AuditEvent.ActorKind.STAFF);
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        List<AuditEvent> events = AuditEvent.<AuditEvent> find(where + "order by occurredAt desc, id desc", parameters)
                .range((page - 1) * pageSize, page * pageSize).list();
        boolean more = events.size() > pageSize;
        return new Found(more ? events.subList(0, pageSize) : events, more);
    }

    /** The registry ids of the persons the events name, in one query. */
    static Map<Long, String> registryIds(List<AuditEvent> events) {
        List<Long> ids = events.stream().flatMap(event -> Stream.of(event.subjectPersonId, event.actorPersonId))
                .filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Person.<Person> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(person -> person.id, person -> person.registryId));
    }
}
