package org.shcportal.signin;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the sign-in codes the portal queued for a recipient, as the dev outbox page shows them. */
public final class Outboxes {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private Outboxes() {
    }

    /** How many messages were queued for the recipient. */
    public static long countFor(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager()
                .createNativeQuery("SELECT count(*) FROM outbound_message WHERE recipient = ?1")
                .setParameter(1, recipient).getSingleResult()).longValue());
    }

    /** The code in the newest message to the recipient. */
    public static Optional<String> lastCodeFor(String recipient) {
        return lastBodyFor(recipient).map(CODE::matcher).filter(Matcher::find).map(matcher -> matcher.group(1));
    }

    public static Optional<String> lastBodyFor(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> bodies = entityManager()
                    .createNativeQuery("SELECT body FROM outbound_message WHERE recipient = ?1 ORDER BY id DESC LIMIT 1")
                    .setParameter(1, recipient).getResultList();
            return bodies.stream().findFirst();
        });
    }

    private static EntityManager entityManager() {
        return Arc.container().select(EntityManager.class).get();
    }
}
