package org.shcportal.staff;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.shcportal.audit.Actor;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The staff member signed in on the current request, from the staff session cookie. */
@RequestScoped
public class SignedInStaff {

    @Inject
    CurrentVertxRequest request;

    @Inject
    StaffSessions sessions;

    private Optional<StaffSession> session;

    /** The signed-in account; a {@link NotStaffSignedInException} (→ the staff sign-in page) when there is none. */
    public StaffAccount account() {
        return session().orElseThrow(this::notSignedIn).staff;
    }

    /** The signed-in account if its role has {@code permission}; a {@link StaffForbiddenException} (403) if not. */
    public StaffAccount require(StaffPermission permission) {
        StaffAccount account = account();
        if (!permission.allows(account.role)) {
            throw new StaffForbiddenException(permission);
        }
        return account;
    }

    public boolean isSignedIn() {
        return session().isPresent();
    }

    /** The live session's id: records opened with a reason belong to it. */
    public long sessionId() {
        return session().orElseThrow(this::notSignedIn).id;
    }

    /** The signed-in account as the audit names it: username and role. */
    public Actor actor() {
        StaffAccount account = account();
        return Actor.staff(account.username, account.role.name());
    }

    private Optional<StaffSession> session() {
        if (session == null) {
            session = token().flatMap(sessions::resume);
        }
        return session;
    }

    Optional<String> token() {
        return StaffSessions.COOKIE.token(request.getCurrent().request());
    }

    private NotStaffSignedInException notSignedIn() {
        return new NotStaffSignedInException(token().isPresent());
    }
}
