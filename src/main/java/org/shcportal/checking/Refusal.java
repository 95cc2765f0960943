package org.shcportal.checking;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Why a check was refused before {@link CheckController#check} could see it, answered with the form and its message
 * through {@link CheckController#form} so that the visitor sees our page, never a broken connection.
 *
 * @param retryAfterSeconds for the {@code Retry-After} header (RFC 9110 §10.2.3) of a 429 or 503; 0 for none
 */
record Refusal(InputProblem.Kind kind, long retryAfterSeconds) {

    /** Routing-context key of the refusal for {@link CheckController#form}. */
    static final String KEY = "org.shcportal.checking.refusal";

    Refusal(InputProblem.Kind kind) {
        this(kind, 0);
    }

    /**
     * Answers with the form: at once when the body was read or the client waits for our word before sending it
     * ({@code Expect: 100-continue}, then it sends nothing), else once the rest of the body was read and thrown away.
     */
    void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            reroute(context);
        } else if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            reroute(context);
        } else {
            request.handler(ignored -> {
            });
            request.endHandler(ended -> reroute(context));
            request.resume();
        }
    }

    private void reroute(RoutingContext context) {
        context.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
        context.request().headers().remove(HttpHeaders.CONTENT_TYPE);
        context.put(KEY, this);
        context.reroute(HttpMethod.GET, CheckController.PATH);
    }
}
