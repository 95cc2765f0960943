package org.shcportal.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The registry feed's settings. */
@ConfigMapping(prefix = "portal.feed")
public interface FeedConfig {

    /**
     * The assigning authority (CX-4, HL7 v2.5.1 section 2.A.14) of the registry's own ids in PID-3 and NK1-33: the
     * identifier of that authority is a person's registry id (e.g. NM-000001). It also names the registry in the
     * MSH-3 and MSH-4 of every ACK.
     */
    @WithDefault("NMSIIS")
    String assigningAuthority();

    /** The largest message taken, in characters; a larger one is rejected unread (a project limit). */
    @WithDefault("1048576")
    int maxMessageLength();
}
