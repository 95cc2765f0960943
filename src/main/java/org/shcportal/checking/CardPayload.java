package org.shcportal.checking;

import java.io.IOException;
import java.text.ParseException;
import java.util.Optional;
import java.util.zip.DataFormatException;

import org.shcportal.cards.DeflatedPayload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;

/**
 * A card's JWS opened without checking anything: the header's {@code kid} and the claims, raw-DEFLATE inflated
 * (RFC 1951). {@code CardVerifier} inflates only payloads whose signature holds; a payload from anyone
 * can be a decompression bomb, so this one stops at {@value #MAX_CLAIMS_BYTES} bytes.
 *
 * @param kid the header's key id, null when there is none
 * @param claims the payload's JSON, empty when it cannot be read
 */
record CardPayload(String kid, Optional<JsonNode> claims) {

    /** Our limit: a card's claims are a few kilobytes; the spec's largest example inflates to 30 KB. */
    static final int MAX_CLAIMS_BYTES = 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The opened card; empty when the text is not a compact JWS with a JSON header. */
    static Optional<CardPayload> open(String jws) {
        JWSObject object;
        try {
            object = JWSObject.parse(jws);
        } catch (ParseException e) {
            return Optional.empty();
        }
        byte[] payload = object.getPayload().toBytes();
        Optional<JsonNode> claims;
        try {
            byte[] json = DeflatedPayload.isDeflated(object.getHeader())
                    ? DeflatedPayload.inflate(payload, MAX_CLAIMS_BYTES)
                    : payload;
            claims = Optional.ofNullable(MAPPER.readTree(json)).filter(JsonNode::isObject);
        } catch (DataFormatException | IOException e) {
            claims = Optional.empty();
        }
        return Optional.of(new CardPayload(object.getHeader().getKeyID(), claims));
    }
}
