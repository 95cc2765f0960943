package org.shcportal.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.database.DatabaseFailures;
import org.shcportal.database.RequestDatabaseFailure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The pages shown when something goes wrong: 404, 500 and 503 ("temporarily unavailable" while the database is
 * gone or too slow to give a connection in time), and 400, 413 and 415 for a request the portal refuses to read. They
 * say what the visitor can do and reveal nothing about the portal's insides. A refused request is logged at INFO (a
 * value the database refused, at WARN) by its kind only, never with what was sent.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final String RETRY_AFTER_SECONDS = "30";
    /** The answers to a request the portal will not read: malformed, too large, or in a form it does not read. */
    private static final Set<Response.Status> REFUSALS = EnumSet.of(Response.Status.BAD_REQUEST,
            Response.Status.REQUEST_ENTITY_TOO_LARGE, Response.Status.UNSUPPORTED_MEDIA_TYPE);

    @Inject
    DatabaseAvailability database;

    @Inject
    RequestDatabaseFailure requestDatabaseFailure;

    @CheckedTemplate(basePath = "errors")
    public static class Templates {
        public static native TemplateInstance notFound();

        static native TemplateInstance serverError();

        static native TemplateInstance unavailable();

        static native TemplateInstance badRequest();

        static native TemplateInstance conflict();

        static native TemplateInstance tooLarge();

        static native TemplateInstance unsupportedType();
    }

    /** Every page needs the registry: while the database is unavailable, each answers 503 at once. */
    @ServerRequestFilter
    public Response refuseWhileUnavailable(HttpHeaders headers) {
        return database.available() ? null : unavailable(headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        if (e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
            return page(Response.Status.NOT_FOUND, Templates.notFound(), Language.of(headers));
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (DatabaseFailures.isUnreachable(e)) {
            database.reportUnreachable(e.getMessage());
            return unavailable(headers);
        }
        if (DatabaseFailures.isPoolExhausted(e)) {
            requestDatabaseFailure.record();
            // The database answers, too slowly for the load: this visitor is told to come back, the others are served;
            // the pool's gauges (agroal_awaiting_count, docs/operations.md) show how often.
            return unavailable(headers);
        }
        Optional<Response.Status> unreadable = FormReadFailure.statusOf(e);
        if (unreadable.isPresent()) {
            LOG.infof("Refused a form that could not be read (%s)", e.getClass().getName());
            return refused(unreadable.get(), Language.of(headers));
        }
        Optional<String> refusedByDatabase = DatabaseFailures.dataExceptionState(e);
        if (refusedByDatabase.isPresent()) {
            LOG.warnf("Refused a value the database does not accept (SQLSTATE %s)", refusedByDatabase.get());
            return refused(Response.Status.BAD_REQUEST, Language.of(headers));
        }
        if (DatabaseFailures.isUniqueViolation(e)) {
            LOG.warn("Refused a request that repeated one stored at the same moment (SQLSTATE 23505)");
            return page(Response.Status.CONFLICT, Templates.conflict(), Language.of(headers));
        }
        LOG.error("Request failed", e);
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.serverError(), Language.of(headers));
    }

    /**
     * A refusal without a page of its own gets ours: Quarkus's 413 for a field over
     * {@code quarkus.http.limits.max-form-attribute-size} and 415 for a body a page does not take, the CSRF check's 400.
     */
    @ServerResponseFilter
    public void pageForBareRefusals(ContainerRequestContext request, ContainerResponseContext response) {
        Response.Status status = Response.Status.fromStatusCode(response.getStatus());
        if (REFUSALS.contains(status) && !response.hasEntity()) {
            Response page = refused(status, Language.of(request));
            response.setEntity(page.getEntity(), null, page.getMediaType());
        }
    }

    /** The page for a request refused as unreadable, one of {@link #REFUSALS}; nothing was stored. */
    static Response refused(Response.Status status, Language language) {
        TemplateInstance page = switch (status) {
            case REQUEST_ENTITY_TOO_LARGE -> Templates.tooLarge();
            case UNSUPPORTED_MEDIA_TYPE -> Templates.unsupportedType();
            default -> Templates.badRequest();
        };
        return page(status, page, language);
    }

    private Response unavailable(HttpHeaders headers) {
        return Response.fromResponse(page(Response.Status.SERVICE_UNAVAILABLE, Templates.unavailable(),
                Language.of(headers))).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private static Response page(Response.Status status, TemplateInstance page, Language language) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.setLocale(language.locale()).render())
                .build();
    }
}
