package org.shcportal.staff;

/** The signed-in staff member's role does not have the permission an action needs. */
public class StaffForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StaffForbiddenException(StaffPermission permission) {
        super("role lacks " + permission, null, false, false);
    }
}
