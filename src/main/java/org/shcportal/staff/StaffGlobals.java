package org.shcportal.staff;

import java.util.List;

import org.shcportal.database.DatabaseAvailability;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.runtime.BlockingOperationControl;

/**
 * What the help-desk layout shows on every page: who is signed in, what their role may open, and the changes to
 * accounts that can approve they have still to see.
 */
@TemplateGlobal
public class StaffGlobals {

    private StaffGlobals() {
    }

    /** The signed-in staff account, or null on pages before sign-in and on pages rendered on an I/O thread. */
    static StaffAccount staffAccount() {
        if (!BlockingOperationControl.isBlockingAllowed()
                || !Arc.container().select(DatabaseAvailability.class).get().availableToThisRequest()) {
            return null;
        }
        SignedInStaff signedIn = Arc.container().select(SignedInStaff.class).get();
        return signedIn.isSignedIn() ? signedIn.account() : null;
    }

    /** The notices the signed-in staff member has not marked seen; none before sign-in. */
    static List<ApproverNotices.Shown> staffNotices() {
        StaffAccount account = staffAccount();
        return account == null ? List.of() : Arc.container().select(ApproverNotices.class).get().unseenBy(account);
    }
}
