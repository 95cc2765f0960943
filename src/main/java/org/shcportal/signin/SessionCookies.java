package org.shcportal.signin;

import jakarta.ws.rs.core.NewCookie;

/**
 * The resident's cookies. The {@code __Host-} prefix makes browsers insist on Secure, Path=/ and no Domain; HttpOnly
 * keeps them from scripts and SameSite=Strict from other sites' requests.
 */
final class SessionCookies {

    /** The signed-in session's token. */
    static final String SESSION = "__Host-session";
    /** The token of a sign-in in progress (between the form and the code). */
    static final String PENDING = "__Host-sign-in";

    private SessionCookies() {
    }

    static NewCookie set(String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    static NewCookie clear(String name) {
        return new NewCookie.Builder(name).value("").path("/").secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }
}
