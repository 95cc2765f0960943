package org.shcportal.signin;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What the residents' layout shows on every page: whether somebody is signed in. */
@TemplateGlobal
public class ResidentGlobals {

    private ResidentGlobals() {
    }

    /** Whether a resident is signed in on this request: the layout then offers their account and sign-out. */
    static boolean residentSignedIn() {
        if (!Arc.container().select(DatabaseAvailability.class).get().available()) {
            return false;
        }
        return Arc.container().select(SignedInResident.class).get().isSignedIn();
    }
}
