package org.shcportal.load;

import java.time.Duration;

/**
 * What a load run is pointed at and how hard it pushes, read from system properties ({@code -Dload.url=...}): the
 * portal's address, its database (for the persons and the sign-in codes) and the injection profile: {@code rate}
 * visits of all kinds started per second during {@code duration}.
 */
record LoadSettings(String url, String dbUrl, String dbUser, String dbPassword, double rate, Duration duration,
        int agents) {

    /** The settings of this JVM; the address and the database have no default. */
    static LoadSettings fromSystemProperties() {
        return new LoadSettings(required("load.url"), required("load.db.url"), System.getProperty("load.db.user",
                "postgres"), System.getProperty("load.db.password", ""),
                Double.parseDouble(System.getProperty("rate", "1")),
                Duration.ofSeconds(Long.parseLong(System.getProperty("duration", "60"))),
                Integer.parseInt(System.getProperty("agents", "20")));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set -D" + name + " (see docs/capacity.md)");
        }
        return value;
    }
}
