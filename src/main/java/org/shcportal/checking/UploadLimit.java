package org.shcportal.checking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The check page's own body limit, so a visitor who picks a 20 MB photo sees our page saying so (413) instead of a
 * broken connection. Quarkus's global limit ({@code quarkus.http.limits.max-body-size}) answers a bare 413 and
 * closes the connection while the browser is still sending, which browsers show as "connection reset". For a check
 * whose declared length is over our limit, this filter runs first: it reads the body to its end and throws it away
 * (nothing is kept), then shows the form with its message, through {@link CheckController#form}.
 * <p>
 * A body beyond {@value #MAX_DRAINED_BYTES} bytes is not worth reading: Quarkus's own limit answers it. A body sent
 * without a length (chunked) is limited by {@code CheckController}, and beyond the global limit by Quarkus.
 */
@ApplicationScoped
public class UploadLimit {

    /** Routing-context flag for {@link CheckController#form}: the upload was too large. */
    static final String TOO_LARGE = "org.shcportal.checking.upload-too-large";
    /** The files ({@link CardInput#MAX_UPLOAD_BYTES}) and room for the form's other fields and part headers. */
    static final long MAX_BODY_BYTES = CardInput.MAX_UPLOAD_BYTES + 128 * 1024;
    /** Our limit for reading a body only to answer it: a few large photos. */
    static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;
    /** Above Quarkus's own limit check (route order -2): filter priority p runs at route order -p. */
    private static final int PRIORITY = 100;

    void register(@Observes Filters filters) {
        filters.register(UploadLimit::handle, PRIORITY);
    }

    static void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST || !CheckController.PATH.equals(request.path())) {
            context.next();
            return;
        }
        long length = declaredLength(request);
        if (length <= MAX_BODY_BYTES || length > MAX_DRAINED_BYTES) {
            context.next();
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // The client waits for our word before sending the body: answer now, and it sends nothing.
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            answerTooLarge(context);
            return;
        }
        if (request.isEnded()) {
            answerTooLarge(context);
            return;
        }
        request.handler(ignored -> {
        });
        request.endHandler(ended -> answerTooLarge(context));
        request.resume();
    }

    private static void answerTooLarge(RoutingContext context) {
        context.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
        context.request().headers().remove(HttpHeaders.CONTENT_TYPE);
        context.put(TOO_LARGE, Boolean.TRUE);
        context.reroute(HttpMethod.GET, CheckController.PATH);
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
