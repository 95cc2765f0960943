package org.shcportal.database;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The demo portal's settings (the embedded database, its keys, HTTPS on localhost, the outbox page) as defaults below
 * everything an operator sets, so that, e.g., {@code QUARKUS_HTTP_SSL_PORT} moves a second demo portal's HTTPS port.
 * Its ordinal, {@value #ORDINAL}, is above the jar's application.properties (250, whose {@code ${DB_URL:}} would
 * otherwise leave the database unset) and below {@code config/application.properties} (260), the {@code .env} file
 * (295), environment variables (300) and system properties (400): https://quarkus.io/guides/config-reference.
 * <p>
 * {@link EmbeddedDefault} records the values before Quarkus starts, as system properties under a prefix of their own
 * (which survive dev mode's restarts); Quarkus loads this source through {@link java.util.ServiceLoader}.
 */
public final class DemoDefaults implements ConfigSource {

    static final int ORDINAL = 255;
    private static final String PREFIX = "portal.demo-default.";

    private final Map<String, String> values;

    /** The defaults recorded in this JVM; none unless the embedded database was started. */
    public DemoDefaults() {
        this(recorded(System.getProperties()));
    }

    DemoDefaults(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Records defaults for the Quarkus that starts next in this JVM. */
    static void record(Map<String, String> defaults) {
        defaults.forEach((name, value) -> System.setProperty(PREFIX + name, value));
    }

    private static Map<String, String> recorded(Properties properties) {
        Map<String, String> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                values.put(name.substring(PREFIX.length()), properties.getProperty(name));
            }
        }
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "demo portal defaults";
    }
}
