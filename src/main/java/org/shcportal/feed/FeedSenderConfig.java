package org.shcportal.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sign-in of the registry feed's SOAP senders. */
@ConfigMapping(prefix = "portal.feed.senders")
public interface FeedSenderConfig {

    /**
     * Failed sign-ins with one username in a window after which that username is refused, right password or not,
     * until the window ends (NIST SP 800-63B §5.2.2 allows no more than 100 failures in a row on one account; a
     * sender's system retries with the same stored password, so a handful of failures already means it is wrong).
     */
    @WithDefault("10")
    int failuresPerUsername();

    /**
     * Failed sign-ins from one network address, over every username, after which that address is refused until the
     * window ends: a limit per username alone does not stop one password tried against many usernames.
     */
    @WithDefault("20")
    int failuresPerAddress();

    /** The window the failures are counted in. */
    @WithDefault("15m")
    Duration failureWindow();

    /** The shortest password a sender may have (NIST SP 800-63B §5.1.1.2 asks for at least 8). */
    @WithDefault("12")
    int minPasswordLength();
}
