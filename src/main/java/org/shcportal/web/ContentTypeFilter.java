package org.shcportal.web;

import java.nio.charset.Charset;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body is read only in a form we can read: a request whose Content-Type cannot be parsed, or names a character set
 * that Java does not know ({@code charset=ebcdic-xx}), is answered 415 before anything reads it. The portal's own
 * pages send UTF-8: a form is sent in its page's encoding
 * (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#selecting-a-form-submission-encoding), so
 * only other clients meet this.
 */
public class ContentTypeFilter {

    private static final Logger LOG = Logger.getLogger(ContentTypeFilter.class);

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnreadableBodies(ContainerRequestContext request, HttpHeaders headers) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || isReadable(contentType)) {
            return null;
        }
        LOG.infof("Refused a body whose content type cannot be read (%s %s)", request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath());
        return ErrorPages.refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, Language.of(headers));
    }

    /** Whether a body of this Content-Type can be read: the type parses and names no charset Java lacks. */
    public static boolean isReadable(String contentType) {
        try {
            String charset = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
            return charset == null || Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            // Also IllegalCharsetNameException, a charset name with characters no charset name has.
            return false;
        }
    }
}
