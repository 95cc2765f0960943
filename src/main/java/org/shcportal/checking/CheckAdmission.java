package org.shcportal.checking;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.shcportal.checking.InputProblem.Kind;
import org.shcportal.web.ContentTypeFilter;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Decides, before a byte of a check's upload is read, whether to take it on, and then reads it into memory
 * ({@link MemoryForm}), so that no flood of checks can exhaust a replica's memory or CPU:
 * <ol>
 * <li>a body whose declared length is over {@link #MAX_BODY_BYTES} gets the page saying it is too large (413);</li>
 * <li>an address that started more than its share of checks in the window is told to wait (429,
 * {@link CheckRateLimit});</li>
 * <li>while {@link CheckConfig#concurrentChecks()} checks are under way, the next is told to try again in a minute
 * (503);</li>
 * <li>else the upload is read into memory, within its limits ({@link MemoryForm}), and handed to
 * {@link CheckController#check}; its place ({@link CheckPlaces}) is given back once the check is done.</li>
 * </ol>
 * Quarkus's global body limit ({@code quarkus.http.limits.max-body-size}) answers a bare 413 and closes the connection
 * while the browser is still sending, which browsers show as "connection reset": this filter runs first and answers
 * with our page. A body beyond {@value #MAX_DRAINED_BYTES} bytes is not worth reading only to answer it: Quarkus's
 * own limit answers it.
 */
@ApplicationScoped
public class CheckAdmission {

    /** The files ({@link CardInput#MAX_UPLOAD_BYTES}) and room for the form's other fields and part headers. */
    static final long MAX_BODY_BYTES = CardInput.MAX_UPLOAD_BYTES + 128 * 1024;
    /** Our limit for reading a body only to answer it: a few large photos. */
    static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;
    /** What the busy page asks: "try again in a minute". */
    static final long BUSY_RETRY_SECONDS = 60;
    /** Above Quarkus's own limit check (route order -2): filter priority p runs at route order -p. */
    private static final int PRIORITY = 100;

    /**
     * Longer than any check takes once read: measured checks take under 2 s, and at most {@link CardInput#MAX_PICTURES}
     * pictures each wait up to {@link QrPicture#WAIT_SECONDS} s for a decoder.
     */
    static final Duration LONGEST_CHECK = Duration.ofMinutes(5);

    @Inject
    CheckRateLimit rateLimit;

    @Inject
    CheckConfig config;

    private CheckPlaces places;

    @PostConstruct
    void init() {
        places = new CheckPlaces(config.concurrentChecks(), config.uploadTime().plus(LONGEST_CHECK));
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST || !CheckController.PATH.equals(request.path())) {
            context.next();
            return;
        }
        long length = declaredLength(request);
        if (length > MAX_BODY_BYTES && length <= MAX_DRAINED_BYTES) {
            new Refusal(Kind.TOO_LARGE).answer(context);
        } else if (length > MAX_DRAINED_BYTES || !isMultipart(request)) {
            context.next();
        } else {
            request.pause();
            String address = address(request);
            context.vertx().executeBlocking(() -> rateLimit.waitFor(address), false)
                    .onComplete(counted -> admit(context, counted.succeeded() ? counted.result() : 0));
        }
    }

    private void admit(RoutingContext context, long waitSeconds) {
        if (waitSeconds > 0) {
            new Refusal(Kind.RATE_LIMITED, waitSeconds).answer(context);
        } else {
            Optional<CheckPlaces.Place> place = places.take();
            if (place.isEmpty()) {
                new Refusal(Kind.BUSY, BUSY_RETRY_SECONDS).answer(context);
                return;
            }
            context.put(CheckPlaces.KEY, place.get());
            context.addEndHandler(ended -> place.get().giveBack());
            MemoryForm.read(context, config.uploadTime(), place.get());
        }
    }

    /** The client's address; behind a proxy, the one its forwarding headers give when Quarkus is told to trust them. */
    private static String address(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    /** A multipart body this filter reads; any other is left to Quarkus REST, which answers 415 for unreadable ones. */
    private static boolean isMultipart(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length())
                && ContentTypeFilter.isReadable(type);
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
