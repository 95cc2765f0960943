package org.shcportal.issuance;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.crl.RevocationList;
import org.shcportal.keys.Jwks;
import org.shcportal.keys.KeyRing;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The issuer's JWK Set as verifiers see it: every key, and when revocation is on, the version of each key's revocation
 * list once it holds an entry ({@link RevocationList#publishedVersionOf}).
 */
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
                    () -> keys.all().forEach(key -> RevocationList.publishedVersionOf(key.kid())
                            .ifPresent(version -> versions.put(key.kid(), version))));
        }
        return Jwks.json(keys.all(), versions);
    }
}
