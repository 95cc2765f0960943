package org.shcportal.printouts;

import org.shcportal.pdf.PageFormat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How cards are printed. */
@ConfigMapping(prefix = "portal.print")
public interface PrintConfig {

    /** The paper of printable PDFs: LETTER (8.5 × 11 in, the US default) or A4. */
    @WithDefault("LETTER")
    PageFormat paper();
}
