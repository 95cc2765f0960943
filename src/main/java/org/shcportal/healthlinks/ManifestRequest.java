package org.shcportal.healthlinks;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A manifest request's body (SHL, "SMART Health Link Manifest Request"): {@code recipient} (required), {@code passcode}
 * and {@code embeddedLengthMax}; any other property is ignored, as the spec asks of servers.
 */
record ManifestRequest(String recipient, Optional<String> passcode, OptionalLong embeddedLengthMax) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Why a body is not a manifest request; the message is sent back to the client as it is. */
    static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    static ManifestRequest parse(byte[] body) throws Malformed {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new Malformed("The body is not JSON.");
        }
        if (json == null || !json.isObject()) {
            throw new Malformed("The body must be a JSON object such as {\"recipient\":\"Dr. Example\"}.");
        }
        JsonNode recipient = json.get("recipient");
        if (recipient == null || !recipient.isTextual() || recipient.asText().isBlank()) {
            throw new Malformed("\"recipient\" is required: a string naming who asks, for the sharer to read.");
        }
        JsonNode passcode = json.get("passcode");
        if (passcode != null && !passcode.isNull() && !passcode.isTextual()) {
            throw new Malformed("\"passcode\" must be a string.");
        }
        JsonNode lengthMax = json.get("embeddedLengthMax");
        if (lengthMax != null && !lengthMax.isNull() && !(lengthMax.isIntegralNumber() && lengthMax.canConvertToLong()
                && lengthMax.asLong() >= 0)) {
            throw new Malformed("\"embeddedLengthMax\" must be a whole number, 0 or more.");
        }
        return new ManifestRequest(recipient.asText(),
                passcode == null || passcode.isNull() ? Optional.empty() : Optional.of(passcode.asText()),
                lengthMax == null || lengthMax.isNull() ? OptionalLong.empty() : OptionalLong.of(lengthMax.asLong()));
    }

    /** Whether a file of this length goes into the manifest itself rather than behind a location URL. */
    boolean embeds(int length) {
        return embeddedLengthMax.isEmpty() || length <= embeddedLengthMax.getAsLong();
    }
}
