package org.shcportal.staff;

import jakarta.ws.rs.core.NewCookie;

/**
 * The staff session cookie: its own name, so a staff session and a resident session never mix; {@code __Host-},
 * HttpOnly and SameSite=Strict as the residents' cookies.
 */
final class StaffCookies {

    static final String SESSION = "__Host-staff-session";

    private StaffCookies() {
    }

    static NewCookie set(String value) {
        return new NewCookie.Builder(SESSION).value(value).path("/").secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    static NewCookie clear() {
        return new NewCookie.Builder(SESSION).value("").path("/").secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }
}
