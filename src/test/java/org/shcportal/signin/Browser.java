package org.shcportal.signin;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * A test's browser: keeps the cookies a real one would (including Secure ones, which RestAssured drops on plain
 * HTTP), never follows redirects by itself, and sends each form with the CSRF token of the page it came from.
 */
public class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    public Response get(String path) {
        return remember(given().redirects().follow(false).cookies(cookies).get(path));
    }

    /** Posts a form as the last page with a form would: with its CSRF token. */
    public Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.put("csrf-token", csrfToken);
        }
        return remember(given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).post(path));
    }

    /** Posts a form without a CSRF token, as a forged request from another site would. */
    public Response postWithoutCsrf(String path, Map<String, String> form) {
        return remember(given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post(path));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Response remember(Response response) {
        for (Cookie cookie : response.detailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        Matcher field = CSRF_FIELD.matcher(response.asString());
        if (field.find()) {
            csrfToken = field.group(1);
        }
        return response;
    }
}
