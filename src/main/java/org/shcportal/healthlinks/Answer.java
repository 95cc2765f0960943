package org.shcportal.healthlinks;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a manifest or file request is answered: a status, a content type and a body. */
record Answer(int status, String contentType, String body) {

    static final String JSON_TYPE = "application/json";
    /** "content-type: application/jose" for a location URL (SHL, "{@code .files.location} links"). */
    static final String JOSE_TYPE = "application/jose";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Unknown, expired, deactivated and locked links all get this answer, and nothing else. */
    static final Answer NOT_FOUND = json(404, Map.of("error", "This link does not exist or no longer works."));

    static Answer json(int status, Object body) {
        try {
            return new Answer(status, JSON_TYPE, JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and lists of strings are always JSON", e);
        }
    }

    static Answer badRequest(String message) {
        return json(400, Map.of("error", message));
    }

    /** A wrong or missing passcode: 401 with the attempts left (SHL, "SMART Health Link Manifest Request"). */
    static Answer wrongPasscode(int remainingAttempts) {
        return json(401, Map.of("remainingAttempts", remainingAttempts));
    }

    boolean accepted() {
        return status == 200;
    }
}
