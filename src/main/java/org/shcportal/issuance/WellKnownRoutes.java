package org.shcportal.issuance;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.shcportal.crl.RevocationList;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.database.DatabaseFailures;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.SigningKey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What verifiers fetch: {@code <iss path>/.well-known/jwks.json} with every public key (and its {@code crlVersion}),
 * and {@code <iss path>/.well-known/crl/<kid>.json} (SMART Health Cards specification, "Determining keys associated
 * with an issuer" and "Revocation", https://spec.smarthealth.cards/). Open to every origin (CORS) and cacheable for
 * a few minutes.
 */
@ApplicationScoped
public class WellKnownRoutes {

    static final String CACHE_CONTROL = "public, max-age=300";
    private static final String RETRY_AFTER_SECONDS = "30";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    IssuerConfig config;

    @Inject
    KeyRing keys;

    @Inject
    PublishedKeys publishedKeys;

    @Inject
    DatabaseAvailability database;

    void install(@Observes Router router) {
        String base = URI.create(config.url()).getPath();
        router.get(base + "/.well-known/jwks.json").blockingHandler(this::jwks).failureHandler(this::failed);
        router.get(base + "/.well-known/crl/:file").blockingHandler(this::crl).failureHandler(this::failed);
    }

    /**
     * With the database gone, the revocation versions are unknown: verifiers are told to come back (503,
     * Retry-After) rather than given keys without their {@code crlVersion}.
     */
    private void failed(RoutingContext context) {
        if (context.failure() == null || !DatabaseFailures.isUnreachable(context.failure())) {
            context.next();
            return;
        }
        database.reportUnreachable(context.failure().getMessage());
        context.response().setStatusCode(503)
                .putHeader("Retry-After", RETRY_AFTER_SECONDS)
                .putHeader("Access-Control-Allow-Origin", "*")
                .end();
    }

    private void jwks(RoutingContext context) {
        send(context, publishedKeys.jwksJson());
    }

    private void crl(RoutingContext context) {
        String file = context.pathParam("file");
        Optional<SigningKey> key = file.endsWith(".json")
                ? keys.byKid(file.substring(0, file.length() - ".json".length()))
                : Optional.empty();
        if (!config.revocation() || key.isEmpty()) {
            context.next();
            return;
        }
        String kid = key.get().kid();
        Map<String, Object> crl = QuarkusTransaction.requiringNew().call(() -> crlOf(kid));
        try {
            send(context, MAPPER.writeValueAsString(crl));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static Map<String, Object> crlOf(String kid) {
        Map<String, Object> crl = new LinkedHashMap<>();
        crl.put("kid", kid);
        crl.put("method", "rid");
        crl.put("ctr", RevocationList.versionOf(kid));
        List<String> rids = RevocationList.entriesOf(kid);
        crl.put("rids", rids);
        return crl;
    }

    private static void send(RoutingContext context, String json) {
        context.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Access-Control-Allow-Origin", "*")
                .putHeader("Cache-Control", CACHE_CONTROL)
                .end(json);
    }
}
