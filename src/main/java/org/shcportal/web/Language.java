package org.shcportal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The languages the portal speaks, and which one a page is shown in: the visitor's choice (cookie
 * {@value #COOKIE}), else the first of their browser's Accept-Language that we speak, else English.
 */
public enum Language {
    EN,
    ES;

    static final String COOKIE = "lang";

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a JAX-RS request. */
    public static Language of(HttpHeaders headers) {
        return of(headers.getCookies(), headers.getAcceptableLanguages());
    }

    /** The language of a JAX-RS request, seen from a filter. */
    public static Language of(ContainerRequestContext request) {
        return of(request.getCookies(), request.getAcceptableLanguages());
    }

    private static Language of(Map<String, Cookie> cookies, List<Locale> acceptable) {
        Cookie cookie = cookies.get(COOKIE);
        return choose(cookie == null ? null : cookie.getValue(), acceptable.stream().map(Locale::getLanguage).toList());
    }

    /** The chosen language when valid, else the first acceptable one we speak, else English. */
    static Language choose(String chosen, List<String> acceptable) {
        return byCode(chosen).or(() -> acceptable.stream().map(Language::byCode).flatMap(Optional::stream).findFirst())
                .orElse(EN);
    }

    public static Optional<Language> byCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
