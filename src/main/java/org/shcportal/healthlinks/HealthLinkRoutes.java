package org.shcportal.healthlinks;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.database.DatabaseFailures;
import org.shcportal.issuance.IssuerConfig;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The two URLs receivers call (SHL, "SMART Health Link Manifest Request" and "{@code .files.location} links"):
 * {@code POST <issuer>/links/m/{manifestId}} and {@code GET <issuer>/links/f/{ticket}}. They are Vert.x routes outside
 * Quarkus REST, like the well-known routes: receivers are other sites' applications that send JSON with no session and
 * no CSRF token (the spec forbids asking them for more than the link), so the portal's page filters do not apply. Any
 * origin may call them, browsers after a preflight (CORS, https://fetch.spec.whatwg.org/#http-cors-protocol); no other
 * URL of the portal allows that.
 */
@ApplicationScoped
public class HealthLinkRoutes {

    /**
     * The largest manifest request read: a recipient, a passcode of at most 64 characters, embeddedLengthMax and what
     * receivers add (the official validator sends the link's url) fit many times over; larger bodies get 413.
     */
    static final int MAX_BODY_BYTES = 4096;
    /** Preflight answers are cached for a day; browsers cap it lower (Fetch standard, "CORS-preflight cache"). */
    private static final String PREFLIGHT_MAX_AGE = "86400";
    /** Manifest ids and tickets: 32 random bytes, base64url without padding. */
    private static final Pattern RANDOM_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** As the well-known routes tell verifiers while the database is unreachable. */
    private static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = Logger.getLogger(HealthLinkRoutes.class);

    @Inject
    IssuerConfig issuer;

    @Inject
    Manifests manifests;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    DatabaseAvailability database;

    void install(@Observes Router router) {
        String base = URI.create(issuer.url()).getPath();
        String manifest = base + HealthLinks.MANIFEST_PATH + ":id";
        String file = base + HealthLinks.FILE_PATH + ":ticket";
        router.route(HttpMethod.OPTIONS, manifest).handler(this::preflight);
        router.route(HttpMethod.OPTIONS, file).handler(this::preflight);
        router.post(manifest).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .blockingHandler(this::manifest, false).failureHandler(this::failed);
        router.get(file).blockingHandler(this::file, false).failureHandler(this::failed);
    }

    private void preflight(RoutingContext context) {
        context.response().setStatusCode(204).putHeader("Access-Control-Allow-Origin", "*")
                .putHeader("Access-Control-Allow-Methods", "GET, POST")
                .putHeader("Access-Control-Allow-Headers", "Content-Type")
                .putHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE).end();
    }

    private void manifest(RoutingContext context) {
        String id = context.pathParam("id");
        if (!RANDOM_ID.matcher(id).matches()) {
            send(context, Answer.NOT_FOUND);
            return;
        }
        ManifestRequest request;
        try {
            request = ManifestRequest.parse(context.body().buffer() == null ? new byte[0]
                    : context.body().buffer().getBytes());
        } catch (ManifestRequest.Malformed e) {
            send(context, Answer.badRequest(e.getMessage()));
            return;
        }
        inRequestScope(context, () -> send(context, manifests.manifest(id, request)));
    }

    private void file(RoutingContext context) {
        String ticket = context.pathParam("ticket");
        if (!RANDOM_ID.matcher(ticket).matches()) {
            send(context, Answer.NOT_FOUND);
            return;
        }
        inRequestScope(context, () -> send(context, manifests.file(ticket)));
    }

    /** The audit hashes the client's address from the current request, which Vert.x routes do not set by themselves. */
    private void inRequestScope(RoutingContext context, Runnable work) {
        ManagedContext scope = Arc.container().requestContext();
        boolean activated = !scope.isActive();
        if (activated) {
            scope.activate();
        }
        try {
            currentRequest.setCurrent(context);
            work.run();
        } finally {
            if (activated) {
                scope.terminate();
            }
        }
    }

    private void failed(RoutingContext context) {
        if (context.failure() != null && DatabaseFailures.isUnreachable(context.failure())) {
            database.reportUnreachable(context.failure().getMessage());
            context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
            send(context, Answer.json(503, Map.of("error", "The registry is unavailable; please try again shortly.")));
            return;
        }
        if (context.statusCode() == 413) {
            send(context, Answer.json(413,
                    Map.of("error", "The request is larger than " + MAX_BODY_BYTES + " bytes; no link needs that.")));
            return;
        }
        LOG.error("A SMART Health Link request failed", context.failure());
        send(context, Answer.json(500, Map.of("error", "Something went wrong on our side; please try again.")));
    }

    private static void send(RoutingContext context, Answer answer) {
        if (context.response().ended()) {
            return;
        }
        context.response().setStatusCode(answer.status()).putHeader("Content-Type", answer.contentType())
                .putHeader("Cache-Control", "no-store").putHeader("Access-Control-Allow-Origin", "*")
                .end(answer.body());
    }
}
