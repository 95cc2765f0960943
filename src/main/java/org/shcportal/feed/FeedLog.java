package org.shcportal.feed;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.panache.common.Sort;

/** The feed's messages as the console lists them: newest first, by outcome and sender; never their content. */
public final class FeedLog {

    /** MSA-1 of an answer (HL7 table 0008): accepted, error, rejected. */
    public static final List<String> OUTCOMES = List.of("AA", "AE", "AR");

    private FeedLog() {
    }

    /** The newest {@code limit} messages, of one outcome and one sender when given. */
    public static List<FeedMessage> newest(Optional<String> outcome, Optional<String> sender, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        outcome.ifPresent(value -> {
            query.append(" and outcome = :outcome");
            parameters.put("outcome", value);
        });
        sender.ifPresent(value -> {
            query.append(" and sender = :sender");
            parameters.put("sender", value);
        });
        return FeedMessage.<FeedMessage> find(query.toString(), Sort.descending("id"), parameters).page(0, limit)
                .list();
    }

    /** How many messages were answered with each outcome since {@code since}, in the order of {@link #OUTCOMES}. */
    public static Map<String, Long> countsSince(Instant since) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String outcome : OUTCOMES) {
            counts.put(outcome, FeedMessage.count("outcome = ?1 and receivedAt > ?2", outcome, since));
        }
        return counts;
    }

    /** Every sender that sent anything, in order, to choose from. */
    public static List<String> senders() {
        return FeedMessage.getEntityManager()
                .createQuery("select distinct m.sender from FeedMessage m order by m.sender", String.class)
                .getResultList();
    }
}
