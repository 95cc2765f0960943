package org.shcportal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** Values every page's layout shows. */
@TemplateGlobal
public class Globals {

    private Globals() {
    }

    static RegistryConfig registry() {
        return Arc.container().select(RegistryConfig.class).get();
    }
}
