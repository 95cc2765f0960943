package org.shcportal.healthlinks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code shlink:/} URI of a link (SHL, "Construct a SMART Health Link Payload"): the payload {@code url, key, exp,
 * flag, label, v} as minified JSON, base64url without padding (RFC 4648 §5), after {@value #PREFIX}. Flags are joined
 * in alphabetical order; {@code exp} is in epoch seconds and left out for a link that never expires.
 */
final class LinkPayload {

    static final String PREFIX = "shlink:/";
    /** The payload version this portal writes ("v: … Defaults to 1"). */
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private LinkPayload() {
    }

    static String shlink(String manifestUrl, byte[] key, HealthLink link) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("url", manifestUrl);
        payload.put("key", BASE64URL.encodeToString(key));
        if (link.expiresAt != null) {
            payload.put("exp", link.expiresAt.getEpochSecond());
        }
        String flag = flag(link);
        if (!flag.isEmpty()) {
            payload.put("flag", flag);
        }
        payload.put("label", link.label);
        payload.put("v", VERSION);
        try {
            return PREFIX + BASE64URL.encodeToString(JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }

    /** {@code L} for a link that stays current, {@code P} for one with a passcode, in alphabetical order. */
    static String flag(HealthLink link) {
        return (link.stayCurrent ? "L" : "") + (link.hasPasscode() ? "P" : "");
    }
}
