package org.shcportal.web;

import org.shcportal.auth.SignedInResident;
import org.shcportal.database.DatabaseAvailability;

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

    /** Whether a resident is signed in on this request: the layout then offers their account and sign-out. */
    static boolean residentSignedIn() {
        if (!Arc.container().select(DatabaseAvailability.class).get().available()) {
            return false;
        }
        return Arc.container().select(SignedInResident.class).get().isSignedIn();
    }
}
