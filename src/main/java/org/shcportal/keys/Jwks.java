package org.shcportal.keys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The issuer's JWK Set, served at {@code <iss>/.well-known/jwks.json}: public keys only, each with the members the
 * SMART Health Cards specification asks for ("Determining keys associated with an issuer") and, when the key has a
 * revocation list, its {@code crlVersion} ("Revocation"; both at https://spec.smarthealth.cards/).
 */
public final class Jwks {

    private Jwks() {
    }

    /**
     * Minified JSON {@code {"keys":[...]}}.
     *
     * @param crlVersions the current {@code ctr} of each key's revocation list, by kid; keys without one are left out
     */
    public static String json(List<SigningKey> keys, Map<String, Integer> crlVersions) {
        List<Map<String, Object>> entries = keys.stream().map(key -> entry(key, crlVersions.get(key.kid()))).toList();
        return JSONObjectUtils.toJSONString(Map.of("keys", entries));
    }

    private static Map<String, Object> entry(SigningKey key, Integer crlVersion) {
        ECKey jwk = key.publicJwk();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kty", jwk.getKeyType().getValue());
        entry.put("kid", jwk.getKeyID());
        entry.put("use", jwk.getKeyUse().identifier());
        entry.put("alg", jwk.getAlgorithm().getName());
        entry.put("crv", jwk.getCurve().getName());
        entry.put("x", jwk.getX().toString());
        entry.put("y", jwk.getY().toString());
        if (crlVersion != null) {
            entry.put("crlVersion", checked(key, crlVersion));
        }
        return entry;
    }

    /** crlVersion is the revocation list's {@code ctr}, which starts at 1 (spec, "Revocation"). */
    private static int checked(SigningKey key, int crlVersion) {
        if (crlVersion < 1) {
            throw new IllegalArgumentException("crlVersion of key " + key.kid() + " is " + crlVersion + "; it starts at 1");
        }
        return crlVersion;
    }
}
