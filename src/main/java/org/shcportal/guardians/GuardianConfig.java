package org.shcportal.guardians;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules for guardians and the minors linked to them. */
@ConfigMapping(prefix = "portal.guardians")
public interface GuardianConfig {

    /** The age at which a minor's records are no longer shown to a guardian. */
    @WithDefault("18")
    int ageOfMajority();
}
