package org.shcportal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.database.DatabaseFailures;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The pages shown when something goes wrong: 404, 500 and 503 ("temporarily unavailable" while the database is
 * gone). They say what the visitor can do and reveal nothing about the portal's insides.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    DatabaseAvailability database;

    @CheckedTemplate(basePath = "errors")
    public static class Templates {
        public static native TemplateInstance notFound();

        static native TemplateInstance serverError();

        static native TemplateInstance unavailable();
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
        LOG.error("Request failed", e);
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.serverError(), Language.of(headers));
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
