package org.shcportal.signin;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.runtime.BlockingOperationControl;

/** What the residents' layout shows on every page: whether somebody is signed in. */
@TemplateGlobal
public class ResidentGlobals {

    private ResidentGlobals() {
    }

    /**
     * Whether a resident is signed in on this request: the layout then offers their account and sign-out. A page
     * rendered on an I/O thread (the not-found page of a path no resource matches) cannot read the session and shows
     * the signed-out layout.
     */
    static boolean residentSignedIn() {
        if (!BlockingOperationControl.isBlockingAllowed()
                || !Arc.container().select(DatabaseAvailability.class).get().availableToThisRequest()) {
            return false;
        }
        return Arc.container().select(SignedInResident.class).get().isSignedIn();
    }
}
