package org.shcportal.staff;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staff sign-in and sessions. */
@ConfigMapping(prefix = "portal.staff")
public interface StaffConfig {

    /**
     * Failed sign-ins in a row with one username that cost nothing: typing mistakes. Each failure after them makes the
     * next attempt with that username wait (NIST SP 800-63B §5.2.2 suggests such waits to keep a guesser from locking
     * the account).
     */
    @WithDefault("5")
    int failuresBeforeWait();

    /** The first wait; each further failure doubles it (NIST SP 800-63B §5.2.2's example: 30 seconds up to an hour). */
    @WithDefault("30s")
    Duration firstWait();

    /** The longest wait (NIST SP 800-63B §5.2.2's example: 30 seconds up to an hour). */
    @WithDefault("1h")
    Duration longestWait();

    /**
     * Failed sign-ins in a row with one username that lock it until an admin unlocks it: NIST SP 800-63B §5.2.2 allows
     * no more than 100. With the waits above, reaching them takes a guesser about four days.
     */
    @WithDefault("100")
    int failuresBeforeLock();

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
