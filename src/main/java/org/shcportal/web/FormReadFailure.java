package org.shcportal.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

/**
 * A request body that Quarkus REST could not read as a form: an unterminated multipart body, a part without
 * readable headers, a character set Java does not know, more fields than {@code quarkus.http.limits.max-parameters}.
 * Its form readers report these with plain exceptions ({@code IOException}, {@code RuntimeException}); what makes
 * them the client's doing is that they come from the readers themselves, not from the portal's code or the database.
 */
final class FormReadFailure {

    /** The package of Quarkus REST's urlencoded and multipart readers and of the form data they fill. */
    private static final String READERS = "org.jboss.resteasy.reactive.server.core.multipart.";
    /** Where the readers count fields and throw when there are more than the limit. */
    private static final String FIELD_COUNTER = READERS + "FormData";

    private FormReadFailure() {
    }

    /** The answer to give when {@code failure} is a form that could not be read: 400, 413 or 415. */
    static Optional<Response.Status> statusOf(Throwable failure) {
        String origin = origin(failure);
        if (!origin.startsWith(READERS)) {
            return Optional.empty();
        }
        if (failure instanceof UnsupportedEncodingException || failure instanceof UnsupportedCharsetException
                || failure instanceof IllegalCharsetNameException) {
            return Optional.of(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        if (origin.equals(FIELD_COUNTER) && failure.getClass() == RuntimeException.class) {
            return Optional.of(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return Optional.of(Response.Status.BAD_REQUEST);
    }

    /** The class of the first frame outside the JDK: the code that threw, or that called the JDK method that did. */
    private static String origin(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
            }
        }
        return "";
    }
}
