package org.shcportal.cards;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code .smart-health-card} file (SMART Health Cards specification, "via File Download",
 * https://spec.smarthealth.cards/#via-file-download): {@code {"verifiableCredential":[JWS, …]}}, no whitespace, no
 * trailing newline (a trailing newline is an error for the official validator, health-cards-dev-tools).
 */
public final class HealthCardFile {

    public static final String MEDIA_TYPE = "application/smart-health-card";
    public static final String EXTENSION = ".smart-health-card";
    /** The file's one member: the list of cards, each a JWS. */
    public static final String CREDENTIALS = "verifiableCredential";

    private HealthCardFile() {
    }

    /** The file's bytes; JWS strings use only base64url characters and dots, so they need no escaping. */
    public static byte[] of(List<String> jwsList) {
        StringBuilder json = new StringBuilder("{\"" + CREDENTIALS + "\":[");
        for (int i = 0; i < jwsList.size(); i++) {
            json.append(i == 0 ? "\"" : ",\"").append(jwsList.get(i)).append('"');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
