package org.shcportal.healthlinks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.shcportal.cards.CardGroup;
import org.shcportal.registry.Person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Links made for tests, their payloads, and manifest requests to the running portal. */
final class TestLinks {

    static final ObjectMapper JSON = new ObjectMapper();

    private TestLinks() {
    }

    static LinkRequest request(LinkContent content, Optional<String> passcode, boolean stayCurrent) {
        return new LinkRequest(content, Optional.empty(), passcode, LinkExpiry.MONTH, "For the school nurse",
                stayCurrent, false);
    }

    static LinkRequest oneCard(CardGroup group) {
        return new LinkRequest(LinkContent.ONE_CARD, Optional.of(group), Optional.empty(), LinkExpiry.WEEK,
                "One card", false, false);
    }

    /** A link to the cards of the person with this registry id, made by that person. */
    static CreatedLink create(String registryId, LinkRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findByRegistryId(registryId).orElseThrow();
            return links().create(person, person, request);
        });
    }

    /** The id of the link a "make a link" form answer redirects to. */
    static long linkIdOf(Response created) {
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        return Long.parseLong(created.header("Location").replaceAll(".*/", ""));
    }

    static HealthLink stored(long linkId) {
        return QuarkusTransaction.requiringNew().call(() -> HealthLink.<HealthLink> findById(linkId));
    }

    /** What the link's page shows and its code holds: the link behind the portal's viewer. */
    static String viewerUrl(HealthLink link) {
        return QuarkusTransaction.requiringNew().call(() -> links().viewerUrl(link));
    }

    static HealthLinks links() {
        return Arc.container().select(HealthLinks.class).get();
    }

    /** The decoded payload JSON text of a {@code shlink:/} URI. */
    static String payloadText(String shlink) {
        return new String(Base64.getUrlDecoder().decode(shlink.substring(LinkPayload.PREFIX.length())),
                StandardCharsets.UTF_8);
    }

    static JsonNode payload(String shlink) {
        try {
            return JSON.readTree(payloadText(shlink));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] key(String shlink) {
        return Base64.getUrlDecoder().decode(payload(shlink).get("key").asText());
    }

    /** The manifest URL's path, on the test portal. */
    static String manifestPath(String shlink) {
        return URI.create(payload(shlink).get("url").asText()).getPath();
    }

    static Response manifest(String shlink, Map<String, Object> body) {
        return given().contentType("application/json").body(body).post(manifestPath(shlink));
    }

    static Response manifest(String shlink) {
        return manifest(shlink, Map.of("recipient", "Dr. Example, City Clinic"));
    }

    /** The path of a location URL, on the test portal. */
    static String path(String url) {
        return URI.create(url).getPath();
    }

    static <T> T sql(java.util.function.Function<EntityManager, T> work) {
        return QuarkusTransaction.requiringNew()
                .call(() -> work.apply(Arc.container().select(EntityManager.class).get()));
    }

    static void update(String statement, Object... parameters) {
        sql(entityManager -> {
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    static long linkCount() {
        return sql(entityManager -> ((Number) entityManager.createNativeQuery("SELECT count(*) FROM health_link")
                .getSingleResult()).longValue());
    }

    static int remainingAttempts(long linkId) {
        return sql(entityManager -> ((Number) entityManager
                .createNativeQuery("SELECT remaining_attempts FROM health_link WHERE id = ?1").setParameter(1, linkId)
                .getSingleResult()).intValue());
    }

    /** How many audit events of the action concern the person. */
    static long auditCount(org.shcportal.audit.AuditAction action, long personId) {
        return QuarkusTransaction.requiringNew().call(() -> org.shcportal.audit.AuditEvent
                .count("action = ?1 and subjectPersonId = ?2", action, personId));
    }

    static java.util.List<HealthLinkAccess> accesses(long linkId) {
        return QuarkusTransaction.requiringNew().call(() -> HealthLinkAccess.listOf(linkId));
    }
}
