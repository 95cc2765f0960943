package org.shcportal.web;

import java.net.URI;
import java.time.Duration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The language switch: remembers the choice in a cookie and goes back to the page it was clicked on. */
@Path("/language")
public class LanguageController {

    private static final int ONE_YEAR_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @GET
    @Path("/{code}")
    public Response choose(@PathParam("code") String code, @HeaderParam(HttpHeaders.HOST) String host,
            @HeaderParam("Referer") String referer) {
        Language language = Language.byCode(code).orElseThrow(NotFoundException::new);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(ONE_YEAR_SECONDS)
                .secure(true)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create(backTo(referer, host))).cookie(cookie).build();
    }

    /**
     * The path of the page the switch was clicked on, when the browser says it was on this site (Referrer-Policy
     * same-origin sends it only then); else the home page. Never a redirect to another site.
     */
    static String backTo(String referer, String host) {
        if (referer == null || host == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            if (!host.equalsIgnoreCase(uri.getRawAuthority()) || !isLocalPath(uri.getRawPath())) {
                return "/";
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /**
     * A path that a browser resolves on this site: it starts with exactly one slash. "//host/…" is a network-path
     * reference to another host (RFC 3986 §4.2). A backslash, which browsers read as a slash, never gets here: it is
     * not allowed in a URI, so the referer fails to parse and the switch goes home.
     */
    private static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//");
    }
}
