package org.shcportal.web;

import java.time.ZoneId;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who runs this portal: shown on every page, and later printed on cards. */
@Unremovable
@ConfigMapping(prefix = "portal.registry")
public interface RegistryConfig {

    /** The registry's name as residents know it. */
    @WithDefault("State Immunization Registry")
    String name();

    /** The help desk's phone number, as printed. */
    @WithDefault("1-800-555-0199")
    String helpPhone();

    /**
     * The same number as a phone dials it from a link: a global number, "+" and the country code first, as a
     * {@code tel:} URI requires (RFC 3966 § 5.1.4); hyphens may stay as visual separators (RFC 3966 § 5.1.1).
     */
    @WithDefault("+1-800-555-0199")
    String helpPhoneDial();

    /** Where the registry is: dates and times in pages and messages, and on which day a birthday falls. */
    @WithDefault("America/Denver")
    ZoneId timeZone();
}
