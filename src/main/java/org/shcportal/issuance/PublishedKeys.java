package org.shcportal.issuance;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.crl.RevocationList;
import org.shcportal.keys.Jwks;
import org.shcportal.keys.KeyRing;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The issuer's JWK Set as verifiers see it: every key, each with its revocation list's version when revocation is on. */
@ApplicationScoped
public class PublishedKeys {

    @Inject
    IssuerConfig config;

    @Inject
    KeyRing keys;

    public String jwksJson() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        if (config.revocation()) {
            QuarkusTransaction.requiringNew().run(
                    () -> keys.all().forEach(key -> versions.put(key.kid(), RevocationList.versionOf(key.kid()))));
        }
        return Jwks.json(keys.all(), versions);
    }
}
