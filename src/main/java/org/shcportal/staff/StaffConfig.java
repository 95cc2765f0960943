package org.shcportal.staff;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staff sign-in and sessions. */
@ConfigMapping(prefix = "portal.staff")
public interface StaffConfig {

    /** Wrong passwords or codes in a row that lock an account. */
    @WithDefault("5")
    int maxFailedSignIns();

    /** How long a locked account stays locked, unless an admin unlocks it sooner. */
    @WithDefault("15m")
    Duration lockoutDuration();

    /**
     * Failed sign-ins from one network address, over every username, after which that address is refused for the
     * rest of the rate-limit window (portal.sign-in.limits.window, an hour): lockout per account alone does not stop
     * one password tried against many usernames.
     */
    @WithDefault("20")
    int failedSignInsPerAddress();

    /** A staff session unused for this long has ended. */
    @WithDefault("30m")
    Duration idleTimeout();

    /** A staff session older than this has ended: one working day. */
    @WithDefault("10h")
    Duration absoluteTimeout();

    /** The shortest password an account may have (NIST SP 800-63B §5.1.1.2 asks for at least 8). */
    @WithDefault("12")
    int minPasswordLength();
}
