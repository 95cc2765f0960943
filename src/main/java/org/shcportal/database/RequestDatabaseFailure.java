package org.shcportal.database;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the current request already failed to get a connection or an answer from the database: the page that
 * says so (web.ErrorPages) then renders without asking the database again, which would keep the visitor waiting as
 * long once more.
 */
@RequestScoped
public class RequestDatabaseFailure {

    private boolean happened;

    public void record() {
        happened = true;
    }

    public boolean happened() {
        return happened;
    }
}
