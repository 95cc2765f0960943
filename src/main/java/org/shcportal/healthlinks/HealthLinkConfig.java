package org.shcportal.healthlinks;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SMART Health Links' limits. */
@ConfigMapping(prefix = "portal.health-links")
public interface HealthLinkConfig {

    /**
     * Wrong passcodes a link tolerates over its whole life before it stops answering (SHL, "SMART Health Link
     * Manifest Request": a lifetime count, so that exhaustive search fails); 5 as in the reference server vaxx.link.
     */
    @WithDefault("5")
    int passcodeAttempts();

    /**
     * How long a manifest's {@code location} URL works, once: at most 1 hour (SHL, "{@code .files.location} links");
     * receivers fetch them at once, so minutes are plenty.
     */
    @WithDefault("5m")
    Duration locationLifetime();
}
