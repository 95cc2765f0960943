package org.shcportal.cards;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JWS payload of a card (SMART Health Cards specification, "Health Cards are encoded as Compact Serialization
 * JSON Web Signatures (JWS)",
 * https://spec.smarthealth.cards/#health-cards-are-encoded-as-compact-serialization-json-web-signatures-jws):
 * {@code iss}, {@code nbf} in whole seconds, and {@code vc} with its types, the FHIR bundle and the revocation id; as
 * minified UTF-8 JSON, ready for DEFLATE.
 */
final class CredentialClaims {

    /** FHIR R4, as {@code vc.credentialSubject.fhirVersion}. */
    static final String FHIR_VERSION = "4.0.1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CredentialClaims() {
    }

    static byte[] minifiedJson(String iss, long nbf, List<String> types, ObjectNode bundle, String rid) {
        ObjectNode claims = MAPPER.createObjectNode();
        claims.put("iss", iss);
        claims.put("nbf", nbf);
        ObjectNode vc = claims.putObject("vc");
        ArrayNode typeArray = vc.putArray("type");
        types.forEach(typeArray::add);
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("fhirVersion", FHIR_VERSION);
        subject.set("fhirBundle", bundle);
        vc.put("rid", rid);
        try {
            return MAPPER.writeValueAsBytes(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree that cannot be written", e);
        }
    }
}
