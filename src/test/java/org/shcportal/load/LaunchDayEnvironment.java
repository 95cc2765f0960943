package org.shcportal.load;

import java.nio.file.Path;
import java.util.Map;

/**
 * The environment of the portal under load: the packaged jar on an embedded database folder with production
 * settings (README.md, configuration), except where one load generator has to stand for a crowd.
 */
final class LaunchDayEnvironment {

    /**
     * Per-address limits for the one address every simulated visitor comes from: the sign-in requests per IP
     * (default 30 an hour, SignInConfig) and the checks per address (default 20 a minute, CheckConfig) are meant for
     * a household or an office, not for thousands of visitors at once. Every limit per person, contact and agent
     * stays as in production.
     */
    static final String ONE_ADDRESS_FOR_ALL = "100000000";

    private LaunchDayEnvironment() {
    }

    /** The variables for a portal (or a command) on the embedded database in {@code folder}. */
    static Map<String, String> of(Path folder, int databasePort, int httpsPort) {
        return Map.ofEntries(Map.entry("PORTAL_EMBEDDED_DB_DIR", folder.toString()),
                Map.entry("PORTAL_EMBEDDED_DB_PORT", Integer.toString(databasePort)),
                Map.entry("QUARKUS_HTTP_SSL_PORT", Integer.toString(httpsPort)),
                // production: no demo people or staff, no outbox page
                Map.entry("PORTAL_DEMO_DATA_ENABLED", "false"),
                Map.entry("PORTAL_DEV_OUTBOX_ENABLED", "false"),
                Map.entry("PORTAL_SIGN_IN_LIMITS_PER_IP", ONE_ADDRESS_FOR_ALL),
                Map.entry("PORTAL_CHECK_CHECKS_PER_ADDRESS", ONE_ADDRESS_FOR_ALL));
    }
}
