package org.shcportal.carddelivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Printed cards sent by post: the return address on each cover sheet, placed for a window envelope. */
@ConfigMapping(prefix = "portal.mailing")
public interface MailingConfig {

    /** The first line of the registry's return address (the registry's name is printed above it). */
    @WithDefault("P.O. Box 26110")
    String returnStreet();

    /** The last line of the return address: town, state and ZIP code. */
    @WithDefault("Santa Fe, NM 87502")
    String returnTown();
}
