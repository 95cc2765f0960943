package org.shcportal.staff;

import java.util.List;

/** The admin's list of staff accounts, with what the last change did or why it was refused. */
public record StaffAccountsPage(List<Row> rows, String notice, String error) {

    /** One account in the list, with its status and times as staff read them. */
    public record Row(StaffAccount account, String status, boolean locked, String created, String lastSignIn,
            boolean self) {
    }
}
