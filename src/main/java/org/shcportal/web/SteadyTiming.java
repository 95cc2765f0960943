package org.shcportal.web;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

/**
 * Answers no sooner than a fixed time after the request began, without holding a thread while waiting: what a
 * request did cannot be read from how long it took.
 */
public final class SteadyTiming {

    private SteadyTiming() {
    }

    /** The response, delivered {@code least} after {@code startNanos} (a {@link System#nanoTime()}) or later. */
    public static Uni<Response> answer(long startNanos, Duration least, Response response) {
        Duration remaining = least.minusNanos(System.nanoTime() - startNanos);
        Uni<Response> answer = Uni.createFrom().item(response);
        return remaining.isNegative() || remaining.isZero() ? answer : answer.onItem().delayIt().by(remaining);
    }
}
