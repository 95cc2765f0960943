package org.shcportal.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Characters that nobody types into a form, refused with 400 in any path segment, query parameter or form field (name
 * or value) before a page's code runs:
 * <ul>
 * <li>control characters (Unicode general category Cc: U+0000–U+001F, U+007F–U+009F) other than tab, line feed and
 * carriage return, which text areas send. PostgreSQL cannot store U+0000 in text ("The character with code zero
 * (sometimes called NUL) cannot be stored", PostgreSQL manual § 8.3), and the others reach logs and terminals;</li>
 * <li>the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069; Unicode UAX #9
 * § 2.1–2.2), which make a note or a name read differently on a staff screen from what it holds;</li>
 * <li>U+FFFD, which the form readers put in place of bytes that are not UTF-8 (browsers send forms in UTF-8, the
 * encoding of our pages).</li>
 * </ul>
 * Uploaded files are not text and are left to the page that reads them.
 */
public class RefusedCharactersFilter {

    private static final Logger LOG = Logger.getLogger(RefusedCharactersFilter.class);
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    @ServerRequestFilter
    @WithFormRead
    public Response refuse(ResteasyReactiveContainerRequestContext request, HttpHeaders headers) {
        boolean found = any(request.getUriInfo().getPathParameters()) || any(request.getUriInfo().getQueryParameters())
                || any(((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData());
        if (!found) {
            return null;
        }
        LOG.infof("Refused a request with characters no form accepts (%s %s)", request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath());
        return ErrorPages.refused(Response.Status.BAD_REQUEST, Language.of(headers));
    }

    /** Whether the text holds a character that no form accepts. */
    static boolean isRefused(String text) {
        return text != null && text.chars().anyMatch(RefusedCharactersFilter::isRefused);
    }

    private static boolean isRefused(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
        boolean bidiControl = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        return control || bidiControl || c == REPLACEMENT_CHARACTER;
    }

    private static boolean any(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (isRefused(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(RefusedCharactersFilter::isRefused)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(FormData form) {
        if (form == null) {
            return false;
        }
        for (String name : form) {
            if (isRefused(name)) {
                return true;
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && value.getFileName() == null && isRefused(value.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }
}
