package org.shcportal.signin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a resident stays signed in (by default idle 15 minutes, at most 8 hours). */
@ConfigMapping(prefix = "portal.session")
public interface SessionConfig {

    /** A session unused for this long has ended. */
    @WithDefault("15m")
    Duration idleTimeout();

    /** A session older than this has ended, used or not. */
    @WithDefault("8h")
    Duration absoluteTimeout();
}
