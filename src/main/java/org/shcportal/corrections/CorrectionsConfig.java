package org.shcportal.corrections;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the registry team handles correction requests, as the portal tells residents. */
@ConfigMapping(prefix = "portal.corrections")
public interface CorrectionsConfig {

    /** Within how many business days the registry team reviews a request. */
    @WithDefault("5")
    int reviewDays();
}
