package org.shcportal.sessions;

import java.util.Optional;

import jakarta.ws.rs.core.NewCookie;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * A cookie that carries a session's random token. Its name starts with {@code __Host-}, so browsers insist on
 * Secure, Path=/ and no Domain (the cookie name prefixes of draft-ietf-httpbis-rfc6265bis); HttpOnly keeps it from
 * scripts (RFC 6265 §4.1.2.6) and SameSite=Strict from other sites' requests.
 */
public record SessionCookie(String name) {

    private static final String HOST_PREFIX = "__Host-";

    public SessionCookie {
        if (!name.startsWith(HOST_PREFIX)) {
            throw new IllegalArgumentException("A session cookie's name starts with " + HOST_PREFIX + ": " + name);
        }
    }

    /** The cookie that gives the browser its token. */
    public NewCookie set(String token) {
        return builder().value(token).build();
    }

    /** The cookie that makes the browser forget its token. */
    public NewCookie clear() {
        return builder().value("").maxAge(0).build();
    }

    /** The token the request carries, if any. */
    public Optional<String> token(HttpServerRequest request) {
        return Optional.ofNullable(request.getCookie(name)).map(Cookie::getValue).filter(value -> !value.isEmpty());
    }

    private NewCookie.Builder builder() {
        return new NewCookie.Builder(name).path("/").secure(true).httpOnly(true).sameSite(NewCookie.SameSite.STRICT);
    }
}
