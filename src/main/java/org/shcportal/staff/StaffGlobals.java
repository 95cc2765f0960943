package org.shcportal.staff;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What the help-desk layout shows on every page: who is signed in and what their role may open. */
@TemplateGlobal
public class StaffGlobals {

    private StaffGlobals() {
    }

    /** The signed-in staff account, or null on pages before sign-in. */
    static StaffAccount staffAccount() {
        if (!Arc.container().select(DatabaseAvailability.class).get().available()) {
            return null;
        }
        SignedInStaff signedIn = Arc.container().select(SignedInStaff.class).get();
        return signedIn.isSignedIn() ? signedIn.account() : null;
    }
}
