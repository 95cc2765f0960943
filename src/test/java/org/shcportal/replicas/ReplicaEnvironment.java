package org.shcportal.replicas;

import java.nio.file.Path;
import java.util.Map;

import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.RidSecret;

/**
 * What every replica of a test deployment is given, as production's replicas are: one database, the issuer's key and
 * rid secret (production's mounted secrets, made here once in {@code secrets} as the demo portal makes its own), and
 * the demo setup's outbox, whose sent messages keep their text so that a test can read the sign-in codes.
 */
public final class ReplicaEnvironment {

    /** The issuer URL every replica is given; a link's manifest and location URLs start with it. */
    public static final String ISSUER = "https://shc.registry.example";

    private ReplicaEnvironment() {
    }

    /** The variables for a replica on the database {@code datasource} (Quarkus datasource properties). */
    public static Map<String, String> of(Map<String, String> datasource, Path secrets) {
        DevKeyRing.loadOrCreate(secrets.resolve("keys"));
        RidSecret.loadOrCreate(secrets.resolve("rid-secret"));
        return Map.ofEntries(
                Map.entry("DB_URL", datasource.get("quarkus.datasource.jdbc.url")),
                Map.entry("DB_USER", datasource.get("quarkus.datasource.username")),
                Map.entry("DB_PASSWORD", datasource.get("quarkus.datasource.password")),
                Map.entry("ISSUER_URL", ISSUER),
                Map.entry("PORTAL_ISSUER_KEYS_DIR", secrets.resolve("keys").toString()),
                Map.entry("PORTAL_ISSUER_RID_SECRET_FILE", secrets.resolve("rid-secret").toString()),
                Map.entry("QUARKUS_MAILER_MOCK", "true"),
                Map.entry("PORTAL_DELIVERY_KEEP_SENT_BODIES", "true"),
                Map.entry("PORTAL_DEV_OUTBOX_ENABLED", "true"),
                Map.entry("PORTAL_SIGN_IN_STEADY_RESPONSE_TIME", "0s"));
    }
}
