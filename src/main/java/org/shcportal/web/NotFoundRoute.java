package org.shcportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Paths that neither a page nor a static file answers get the portal's own 404 page. */
@ApplicationScoped
public class NotFoundRoute {

    void install(@Observes Router router) {
        router.route().last().handler(NotFoundRoute::notFound);
    }

    private static void notFound(RoutingContext context) {
        Cookie chosen = context.request().getCookie(Language.COOKIE);
        Language language = Language.choose(chosen == null ? null : chosen.getValue(),
                context.acceptableLanguages().stream().map(LanguageHeader::tag).toList());
        context.response()
                .setStatusCode(Response.Status.NOT_FOUND.getStatusCode())
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(ErrorPages.Templates.notFound().setLocale(language.locale()).render());
    }
}
