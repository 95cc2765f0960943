package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shcportal.audit.StaffReason;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.TestStaff;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every help-desk page, for every role, answers as {@link StaffPermission} says: the page for a role that has the
 * permission, a 403 page for one that has not — also for a record opened in the role's session.
 */
@QuarkusTest
class StaffPermissionMatrixTest {

    /** Pages that need no opened record, with the permission each needs. */
    private static final Map<String, StaffPermission> CONSOLE_PAGES = Map.of(
            "/helpdesk/corrections", StaffPermission.WORK_CORRECTIONS,
            "/helpdesk/changes", StaffPermission.REQUEST_CHANGE,
            "/helpdesk/mail", StaffPermission.PRINT_MAIL,
            "/helpdesk/audit", StaffPermission.SEARCH_AUDIT,
            "/helpdesk/feed", StaffPermission.VIEW_FEED,
            "/helpdesk/staff", StaffPermission.MANAGE_STAFF,
            "/helpdesk/staff/new", StaffPermission.MANAGE_STAFF);

    /** Pages about an opened record (after the person's id), with the permission each needs. */
    private static final Map<String, StaffPermission> RECORD_PAGES = Map.of(
            "", StaffPermission.FIND_PEOPLE,
            "/send-cards", StaffPermission.HELP_CALLER,
            "/changes/new?kind=CONTACT", StaffPermission.REQUEST_CHANGE,
            "/changes/new?kind=REVOKE_CARDS", StaffPermission.REQUEST_CHANGE,
            "/revoke", StaffPermission.REVOKE_CARDS);

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void consolePagesFollowThePermissionTable(StaffRole role) {
        Browser staff = TestStaff.signedIn(role);

        CONSOLE_PAGES.forEach((path, permission) -> assertThat(staff.get(path).statusCode())
                .as("%s as %s", path, role).isEqualTo(permission.allows(role) ? 200 : 403));
        assertThat(staff.get("/helpdesk/account").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void recordPagesFollowThePermissionTableEvenForAnOpenedRecord(StaffRole role) {
        Browser staff = TestStaff.signedIn(role);
        long personId = OpenedRecords.open(staff, "NM-000002", StaffReason.CALLER_VERIFICATION, null);

        RECORD_PAGES.forEach((path, permission) -> assertThat(staff.get("/helpdesk/people/" + personId + path)
                .statusCode()).as("%s as %s", path, role).isEqualTo(permission.allows(role) ? 200 : 403));
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void theStartPageIsTheSearchOrForAnAdminTheStaffList(StaffRole role) {
        Browser staff = TestStaff.signedIn(role);

        var start = staff.get("/helpdesk");

        if (StaffPermission.FIND_PEOPLE.allows(role)) {
            assertThat(start.statusCode()).isEqualTo(200);
            assertThat(start.asString()).contains("Find a person");
        } else {
            assertThat(start.statusCode()).isEqualTo(303);
            assertThat(start.header("Location")).endsWith("/helpdesk/staff");
        }
    }
}
